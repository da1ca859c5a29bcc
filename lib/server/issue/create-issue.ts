import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb, isoDateToDb } from '@/lib/domain/calendar';
import { issueOrderProblem } from '@/lib/domain/issue-order';
import { mastheadSnapshot } from '@/lib/domain/masthead';
import { parsePageFormat } from '@/lib/domain/page-format';
import { defaultTemplateFor } from '@/lib/domain/page-templates';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { slotRows } from './page-layout';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CreateIssueInput } from '@/lib/schemas/issue';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';

/**
 * Creates an issue with its pages and their slots, and takes the masthead and
 * the page format from the publication as they are today: both are kept on the
 * issue, so later edits of the publication never change it. Each page is laid
 * out on the template chosen for it, or the publication's default for its
 * position.
 *
 * The number and the date must follow the paper's order (lib/domain/issue-order.ts):
 * a new issue comes after the latest one, a back issue (补录往期, `backIssue`)
 * fits between its neighbours by date. The check runs under a lock on the
 * publication's row, so two page editors creating issues at once are checked
 * one after the other; the unique indexes on number and date back it up.
 */
export async function createIssue({ actor, input }: { actor: Actor; input: CreateIssueInput }) {
  const publication = await db.publication.findUnique({
    where: { id: input.publicationId },
    include: { nameplate: { select: { id: true, width: true, height: true } } },
  });
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
  const backIssue = input.backIssue ?? false;
  try {
    return await db.$transaction(async (tx) => {
      // The masthead and format are read again under the lock: an edit of the
      // publication lands wholly before or wholly after this issue.
      await tx.$queryRaw`SELECT id FROM "Publication" WHERE id = ${publication.id} FOR UPDATE`;
      const current = await tx.publication.findUniqueOrThrow({
        where: { id: publication.id },
        include: { nameplate: { select: { id: true, width: true, height: true } } },
      });
      await assertIssueOrder(tx, { publicationId: publication.id, number: input.number, date: input.date, backIssue });
      const issue = await tx.issue.create({
        data: {
          publicationId: publication.id,
          number: input.number,
          date: isoDateToDb(input.date),
          masthead: mastheadSnapshot({
            ...current,
            nameplate: current.nameplate ? { mediaId: current.nameplate.id, width: current.nameplate.width, height: current.nameplate.height } : null,
          }),
          pageFormat: parsePageFormat(current.pageFormat),
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
      await recordAudit(tx, { actor, action: 'issue.create', entityType: 'issue', entityId: issue.id, details: { number: issue.number, date: input.date, backIssue } });
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

/** Refuses a number or date out of the publication's order, naming the neighbours it collides with. */
async function assertIssueOrder(
  tx: Prisma.TransactionClient,
  options: { publicationId: string; number: number; date: string; backIssue: boolean },
) {
  const { publicationId, number, date, backIssue } = options;
  const day = isoDateToDb(date);
  const select = { number: true, date: true } as const;
  const [sameNumber, sameDate, before, after] = await Promise.all([
    tx.issue.findFirst({ where: { publicationId, number }, select }),
    tx.issue.findFirst({ where: { publicationId, date: day }, select }),
    tx.issue.findFirst({ where: { publicationId, date: { lt: day } }, orderBy: { date: 'desc' }, select }),
    // Without back-issue mode the latest issue is what a new one must follow.
    backIssue
      ? tx.issue.findFirst({ where: { publicationId, date: { gt: day } }, orderBy: { date: 'asc' }, select })
      : tx.issue.findFirst({ where: { publicationId, date: { gt: day } }, orderBy: { date: 'desc' }, select }),
  ]);
  if (sameNumber) throw new AppError('CONFLICT', 'issueNumberTaken', { number });
  if (sameDate) throw new AppError('CONFLICT', 'issueDateTaken');
  const position = (row: { number: number; date: Date } | null) => (row ? { number: row.number, date: isoDateFromDb(row.date) } : null);
  const problem = issueOrderProblem({ candidate: { number, date }, before: position(before), after: position(after), backIssue });
  if (problem) throw new AppError('INVALID', problem.key, problem.values);
}
