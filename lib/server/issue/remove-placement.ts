import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/** Takes a story off its page; it goes back to the ready list. */
export async function removePlacement({ actor, placementId }: { actor: Actor; placementId: string }) {
  const placement = await db.placement.findUnique({
    where: { id: placementId },
    select: { articleId: true, slot: { select: { page: { select: { issueId: true } } } } },
  });
  if (!placement) throw notFound();
  const issueId = placement.slot.page.issueId;
  await db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const pages = await tx.placement.findMany({ where: { articleId: placement.articleId }, select: { slot: { select: { pageId: true } } } });
    await tx.placement.deleteMany({ where: { articleId: placement.articleId } });
    await withdrawSignatures(tx, { actor, issueId, pageIds: pages.map((p) => p.slot.pageId) });
    await tx.article.update({ where: { id: placement.articleId }, data: { status: 'READY' } });
    await recordAudit(tx, { actor, action: 'issue.unplace', entityType: 'issue', entityId: issueId, details: { articleId: placement.articleId } });
  });
}
