import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { canReadArticle } from './article-access';

/** Marks a comment resolved (or open again); its record and anchor stay. */
export async function resolveComment({ actor, input }: { actor: Actor; input: { commentId: string; resolved: boolean } }) {
  return db.$transaction(async (tx) => {
    const comment = await tx.articleComment.findUnique({ where: { id: input.commentId }, select: { articleId: true, article: { select: { authorId: true, status: true, publicationId: true } } } });
    if (!comment) throw notFound();
    assertCan(actor, 'article.comment', comment.article.publicationId);
    if (!canReadArticle(actor, comment.article)) throw forbidden();
    await tx.articleComment.update({
      where: { id: input.commentId },
      data: input.resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    await recordAudit(tx, { actor, action: input.resolved ? 'article.commentResolve' : 'article.commentReopen', entityType: 'article', entityId: comment.articleId, details: { commentId: input.commentId } });
    return { articleId: comment.articleId };
  });
}
