import 'server-only';
import { db } from '@/lib/db';
import { isoDateToDb } from '@/lib/domain/calendar';
import { mastheadSnapshot } from '@/lib/domain/masthead';
import { defaultTemplateFor } from '@/lib/domain/page-templates';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { slotRows } from './page-layout';
import { AppError, notFound } from '@/lib/errors';
import type { CreateIssueInput } from '@/lib/schemas/issue';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';

/**
 * Creates an issue with its pages and their slots, and takes the masthead from
 * the publication as it is today. Each page is laid out on the template chosen
 * for it, or the publication's default for its position. Two page editors creating the same number at
 * once: the database's unique index lets one through and the other is told.
 */
export async function createIssue({ actor, input }: { actor: Actor; input: CreateIssueInput }) {
  const publication = await db.publication.findUnique({ where: { id: input.publicationId } });
  if (!publication) throw notFound();
  assertCan(actor, 'issue.create', publication.id);
  const staffIds = [...new Set(input.pages.flatMap((p) => [p.editorId, p.artEditorId]).filter((v): v is string => !!v))];
  if (staffIds.length) {
    const found = await db.staff.count({ where: { id: { in: staffIds }, memberships: { some: { publicationId: publication.id } } } });
    if (found !== staffIds.length) throw new AppError('INVALID', 'staffNotFound');
  }
  const templates = await db.pageTemplate.findMany({ where: { publicationId: publication.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const layouts = input.pages.map((page, index) => {
    const template = page.templateId ? templates.find((t) => t.id === page.templateId) : defaultTemplateFor(templates, index + 1);
    if (!template) throw new AppError('INVALID', templates.length ? 'templateNotFound' : 'noTemplates');
    return { templateId: template.id, slots: { create: slotRows(parseTemplateSlots(template.slots)) } };
  });
  try {
    return await db.$transaction(async (tx) => {
      const issue = await tx.issue.create({
        data: {
          publicationId: publication.id,
          number: input.number,
          date: isoDateToDb(input.date),
          masthead: mastheadSnapshot(publication),
          pages: {
            create: input.pages.map((page, index) => ({
              number: index + 1,
              name: page.name,
              editorId: page.editorId,
              artEditorId: page.artEditorId,
              ...layouts[index],
            })),
          },
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, { actor, action: 'issue.create', entityType: 'issue', entityId: issue.id, details: { number: issue.number } });
      return issue;
    });
  } catch (error) {
    const target = uniqueViolationTarget(error);
    if (target?.includes('number')) throw new AppError('CONFLICT', 'issueNumberTaken', { number: input.number });
    if (target?.includes('date')) throw new AppError('CONFLICT', 'issueDateTaken');
    if (target) throw new AppError('CONFLICT', 'issueNumberTaken', { number: input.number });
    throw error;
  }
}
