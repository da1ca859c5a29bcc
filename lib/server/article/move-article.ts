import 'server-only';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { MOVE_RULES, type ArticleMove } from '@/lib/domain/article-workflow';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/**
 * Moves a story along the workflow (交稿, 编辑完成, 送组版, 退稿), only if it is
 * still in the state the actor saw (`from`), and records the move in the audit
 * trail in the same transaction. Two people acting at once: the second is told.
 * Without `from` (older callers of fileArticle), any state the move allows counts.
 */
export async function moveArticle(options: { actor: Actor; articleId: string; move: ArticleMove; from?: ArticleStatus; reason?: string | null }) {
  const { actor, articleId, move } = options;
  const rule = MOVE_RULES[move];
  const reason = options.reason?.trim() || null;
  if (rule.needsReason && !reason) throw new AppError('INVALID', 'sendBackReasonRequired');
  const expected = options.from ? [options.from] : rule.from;

  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, publicationId: true } });
    if (!article) throw notFound();
    assertCan(actor, rule.permission, article.publicationId);
    if (rule.authorOnly && article.authorId !== actor.id) throw forbidden();
    const from = expected.filter((status) => rule.from.includes(status));
    const moved = await tx.article.updateMany({
      where: { id: articleId, status: { in: from } },
      // Re-filing clears the old reason: it answered it. 退稿 sets the new one.
      data: { status: rule.to, sentBackReason: rule.needsReason ? reason : null },
    });
    if (moved.count === 0) throw new AppError('CONFLICT', 'articleStateChanged');
    await recordAudit(tx, {
      actor,
      action: `article.${move}`,
      entityType: 'article',
      entityId: articleId,
      details: { from: article.status, to: rule.to, ...(reason && rule.needsReason ? { reason } : {}) },
    });
  });
}
