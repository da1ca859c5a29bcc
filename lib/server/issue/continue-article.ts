import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertCan, type Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/**
 * 转版: a placed story continues in an empty slot on another page of the same
 * issue (its part 2). Where the text splits and the jump lines are worked out
 * when the pages are drawn, so nothing about the split is stored here.
 */
export async function continueArticle({ actor, placementId, slotId }: { actor: Actor; placementId: string; slotId: string }) {
  const [first, slot] = await Promise.all([
    db.placement.findUnique({ where: { id: placementId }, select: { articleId: true, part: true, slot: { select: { pageId: true, page: { select: { issueId: true, issue: { select: { publicationId: true } } } } } } } }),
    db.slot.findUnique({ where: { id: slotId }, select: { pageId: true, page: { select: { issueId: true } } } }),
  ]);
  if (!first || !slot) throw notFound();
  assertCan(actor, 'issue.plan', first.slot.page.issue.publicationId);
  if (first.part !== 1) throw new AppError('CONFLICT', 'jumpFromContinuation');
  const issueId = first.slot.page.issueId;
  if (slot.page.issueId !== issueId) throw new AppError('INVALID', 'jumpOtherIssue');
  if (slot.pageId === first.slot.pageId) throw new AppError('INVALID', 'jumpSamePage');
  try {
    return await db.$transaction(async (tx) => {
      await lockEditableIssue(tx, issueId, { actor });
      const placement = await tx.placement.create({ data: { slotId, articleId: first.articleId, part: 2 }, select: { id: true } });
      await withdrawSignatures(tx, { actor, issueId, pageIds: [first.slot.pageId, slot.pageId] });
      await recordAudit(tx, { actor, action: 'issue.continue', entityType: 'issue', entityId: issueId, details: { articleId: first.articleId, slotId } });
      return placement;
    });
  } catch (error) {
    const target = uniqueViolationTarget(error);
    if (target?.includes('slotId')) throw new AppError('CONFLICT', 'slotTaken');
    if (target) throw new AppError('CONFLICT', 'alreadyJumps');
    throw error;
  }
}
