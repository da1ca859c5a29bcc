import 'server-only';
import { db } from '@/lib/db';
import { PLACEABLE_KINDS } from '@/lib/domain/page-templates';
import { AppError, notFound } from '@/lib/errors';
import type { MoveStoryInput } from '@/lib/schemas/layout';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/**
 * Moves a placed story to another slot of the issue, on the same page or another;
 * onto a filled slot it swaps the two stories. The move names what the editor saw
 * (the story's slot, the target's story); if someone changed either since, it is
 * refused and nothing is overwritten.
 */
export async function movePlacement({ actor, placementId, fromSlotId, toSlotId, toPlacementId }: { actor: Actor } & MoveStoryInput) {
  const found = await db.placement.findUnique({ where: { id: placementId }, select: { slot: { select: { page: { select: { issueId: true } } } } } });
  if (!found) throw new AppError('CONFLICT', 'layoutChangedElsewhere');
  const issueId = found.slot.page.issueId;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const placement = await tx.placement.findUnique({ where: { id: placementId }, select: { slotId: true, articleId: true, slot: { select: { pageId: true } } } });
    if (!placement || placement.slotId !== fromSlotId) throw new AppError('CONFLICT', 'layoutChangedElsewhere');
    const target = await tx.slot.findUnique({
      where: { id: toSlotId },
      select: { pageId: true, kind: true, page: { select: { issueId: true } }, placement: { select: { id: true, articleId: true, part: true } } },
    });
    if (!target || target.page.issueId !== issueId) throw notFound();
    if (!PLACEABLE_KINDS.includes(target.kind)) throw new AppError('INVALID', 'slotNotForStories');
    if (toSlotId === fromSlotId) return { swapped: false };
    if ((target.placement?.id ?? null) !== toPlacementId) throw new AppError('CONFLICT', 'layoutChangedElsewhere');

    if (target.placement) {
      // (slotId) is unique: clear the target, move ours in, put theirs where ours was.
      await tx.placement.delete({ where: { id: target.placement.id } });
      await tx.placement.update({ where: { id: placementId }, data: { slotId: toSlotId } });
      await tx.placement.create({ data: { slotId: fromSlotId, articleId: target.placement.articleId, part: target.placement.part } });
    } else {
      await tx.placement.update({ where: { id: placementId }, data: { slotId: toSlotId } });
    }
    await withdrawSignatures(tx, { actor, issueId, pageIds: [...new Set([placement.slot.pageId, target.pageId])] });
    await recordAudit(tx, {
      actor,
      action: target.placement ? 'issue.swap' : 'issue.move',
      entityType: 'issue',
      entityId: issueId,
      details: { articleId: placement.articleId, fromSlotId, toSlotId, ...(target.placement ? { swappedWith: target.placement.articleId } : {}) },
    });
    return { swapped: !!target.placement };
  });
}
