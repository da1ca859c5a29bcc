import 'server-only';
import { db } from '@/lib/db';
import { gridOf, storiesLostByTemplateChange, slotsFitGrid } from '@/lib/domain/page-templates';
import { AppError, notFound } from '@/lib/errors';
import { parseTemplateSlots } from '@/lib/schemas/template';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';
import { slotRows } from './page-layout';

/**
 * Lays a page out on another template. Every placed story moves to the slot of
 * the same name; when one has nowhere to go the change is refused, naming the
 * slots, so no story silently leaves the page.
 */
export async function changePageTemplate({ actor, pageId, templateId }: { actor: Actor; pageId: string; templateId: string }) {
  const found = await db.page.findUnique({ where: { id: pageId }, select: { issueId: true } });
  if (!found) throw notFound();
  const { issueId } = found;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const page = await tx.page.findUniqueOrThrow({
      where: { id: pageId },
      select: { templateId: true, issue: { select: { publicationId: true, pageFormat: true } }, slots: { select: { name: true, placement: { select: { articleId: true, part: true } } } } },
    });
    const template = await tx.pageTemplate.findFirst({ where: { id: templateId, publicationId: page.issue.publicationId } });
    if (!template) throw new AppError('INVALID', 'templateNotFound');
    if (page.templateId === template.id) return { changed: false };
    const slots = parseTemplateSlots(template.slots);
    if (!slotsFitGrid(slots, gridOf(page.issue.pageFormat))) throw new AppError('INVALID', 'templateOffIssueGrid', { template: template.name });
    const filled = page.slots.filter((slot) => slot.placement);
    const lost = storiesLostByTemplateChange(filled.map((slot) => slot.name), slots);
    if (lost.length) throw new AppError('CONFLICT', 'templateChangeLosesStories', { slots: lost.join('、') });

    await tx.slot.deleteMany({ where: { pageId } });
    await tx.page.update({ where: { id: pageId }, data: { templateId: template.id, slots: { create: slotRows(slots) } } });
    const created = await tx.slot.findMany({ where: { pageId }, select: { id: true, name: true } });
    for (const slot of filled) {
      const target = created.find((c) => c.name === slot.name)!;
      await tx.placement.create({ data: { slotId: target.id, articleId: slot.placement!.articleId, part: slot.placement!.part } });
    }
    await withdrawSignatures(tx, { actor, issueId, pageIds: [pageId] });
    await recordAudit(tx, { actor, action: 'issue.changeTemplate', entityType: 'issue', entityId: issueId, details: { pageId, template: template.name } });
    return { changed: true };
  });
}
