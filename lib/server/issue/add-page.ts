import 'server-only';
import { db } from '@/lib/db';
import { insertPage } from '@/lib/domain/page-order';
import { gridOf, slotsFitGrid } from '@/lib/domain/page-templates';
import { AppError } from '@/lib/errors';
import { MAX_PAGES } from '@/lib/schemas/issue';
import type { AddPageInput } from '@/lib/schemas/layout';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';
import { applyPageOrder, pagesInOrder, slotRows } from './page-layout';

/**
 * Adds a page made from a template, at the position given or at the end. The
 * pages after it are renumbered and 本期N版 grows, so those pages and page 1
 * lose their signatures.
 */
export async function addPage({ actor, input }: { actor: Actor; input: AddPageInput }) {
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, input.issueId, { actor });
    const issue = await tx.issue.findUniqueOrThrow({ where: { id: input.issueId }, select: { publicationId: true, pageFormat: true } });
    const pages = await pagesInOrder(tx, input.issueId);
    if (pages.length >= MAX_PAGES) throw new AppError('INVALID', 'tooManyPages');
    const template = await tx.pageTemplate.findFirst({ where: { id: input.templateId, publicationId: issue.publicationId } });
    if (!template) throw new AppError('INVALID', 'templateNotFound');
    const slots = parseTemplateSlots(template.slots);
    // The issue keeps the grid it was made with: a template drawn on a larger grid since does not fit it.
    if (!slotsFitGrid(slots, gridOf(issue.pageFormat))) throw new AppError('INVALID', 'templateOffIssueGrid', { template: template.name });
    const page = await tx.page.create({
      data: { issueId: input.issueId, number: pages.length + 1, name: input.name, templateId: template.id, slots: { create: slotRows(slots) } },
      select: { id: true },
    });
    const current = [...pages, { id: page.id, number: pages.length + 1 }];
    const order = insertPage(pages.map((p) => p.id), page.id, input.number ?? pages.length + 1);
    const renumbered = await applyPageOrder(tx, current, order);
    await withdrawSignatures(tx, { actor, issueId: input.issueId, pageIds: [...renumbered, order[0]] });
    const number = order.indexOf(page.id) + 1;
    await recordAudit(tx, { actor, action: 'issue.addPage', entityType: 'issue', entityId: input.issueId, details: { page: number, name: input.name, template: template.name } });
    return { id: page.id, number };
  });
}
