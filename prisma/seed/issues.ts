import type { Database } from '@/lib/prisma-client';
import type { IssueStatus } from '@/lib/generated/prisma/enums';
import { isoDateToDb, type IsoDate } from '@/lib/domain/calendar';
import { mastheadSnapshot } from '@/lib/domain/masthead';
import { parsePageFormat } from '@/lib/domain/page-format';
import { defaultTemplateFor } from '@/lib/domain/page-templates';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { syncReaderSearchEntries } from '@/lib/server/reader/search-entries';

export type PagePlan = { name: string; editorId: string | null; artEditorId: string | null };

/**
 * An issue with its pages and slots, and the given stories placed page by page. Published and signed-off issues record who signed them.
 */
export async function seedIssue(
  db: Database,
  options: {
    publicationId: string;
    number: number;
    date: IsoDate;
    status: IssueStatus;
    pages: PagePlan[];
    /** Story ids for each page, filling its slots in order. */
    articleIdsByPage: string[][];
    signedOffById?: string;
    /** Stories that jump (转版): the story in `from` [page index, slot index] continues in `to`. */
    continuations?: { from: [number, number]; to: [number, number] }[];
  },
) {
  const publication = await db.publication.findUniqueOrThrow({ where: { id: options.publicationId } });
  const templates = await db.pageTemplate.findMany({ where: { publicationId: publication.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const pageLayout = (number: number) => {
    const template = defaultTemplateFor(templates, number);
    if (!template) throw new Error('The publication has no page templates: seed them first (seedTemplates)');
    return { templateId: template.id, slots: { create: parseTemplateSlots(template.slots) } };
  };
  const signedAt = new Date(`${options.date}T00:30:00+08:00`);
  const signedOff = options.status === 'SIGNED_OFF' || options.status === 'PUBLISHED';
  const issue = await db.issue.create({
    data: {
      publicationId: publication.id,
      number: options.number,
      date: isoDateToDb(options.date),
      masthead: mastheadSnapshot(publication),
      pageFormat: parsePageFormat(publication.pageFormat),
      status: options.status,
      submittedAt: options.status === 'PLANNING' ? null : signedAt,
      signedOffById: signedOff ? options.signedOffById : null,
      signedOffAt: signedOff ? signedAt : null,
      publishedAt: options.status === 'PUBLISHED' ? new Date(`${options.date}T06:00:00+08:00`) : null,
      pages: {
        // An issue that went through sign-off had every page signed (签版) by the chief editor.
        create: options.pages.map((page, index) => ({ number: index + 1, ...page, ...pageLayout(index + 1), ...(signedOff ? { signedById: options.signedOffById, signedAt } : {}) })),
      },
    },
    include: { pages: { orderBy: { number: 'asc' }, include: { slots: { orderBy: [{ row: 'asc' }, { column: 'asc' }] } } } },
  });
  for (const [pageIndex, articleIds] of options.articleIdsByPage.entries()) {
    const slots = issue.pages[pageIndex]?.slots ?? [];
    for (const [slotIndex, articleId] of articleIds.entries()) {
      if (!slots[slotIndex]) throw new Error(`Page ${pageIndex + 1} has no slot ${slotIndex + 1}`);
      await db.placement.create({ data: { slotId: slots[slotIndex].id, articleId } });
    }
  }
  for (const { from, to } of options.continuations ?? []) {
    const articleId = options.articleIdsByPage[from[0]][from[1]];
    await db.placement.create({ data: { slotId: issue.pages[to[0]].slots[to[1]].id, articleId, part: 2 } });
  }
  await syncReaderSearchEntries(db, issue.id);
  return issue;
}
