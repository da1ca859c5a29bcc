import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/** Takes a story's continuation (part 2) off its page; the story stays where it starts, cut at its slot. */
export async function removeContinuation({ actor, placementId }: { actor: Actor; placementId: string }) {
  const placement = await db.placement.findUnique({
    where: { id: placementId },
    select: { articleId: true, part: true, slot: { select: { pageId: true, page: { select: { issueId: true } } } } },
  });
  if (!placement) throw notFound();
  if (placement.part !== 2) throw new AppError('CONFLICT', 'notAContinuation');
  const issueId = placement.slot.page.issueId;
  await db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const parts = await tx.placement.findMany({ where: { articleId: placement.articleId }, select: { slot: { select: { pageId: true } } } });
    await tx.placement.delete({ where: { id: placementId } });
    await withdrawSignatures(tx, { actor, issueId, pageIds: parts.map((p) => p.slot.pageId) });
    await recordAudit(tx, { actor, action: 'issue.discontinue', entityType: 'issue', entityId: issueId, details: { articleId: placement.articleId } });
  });
}
