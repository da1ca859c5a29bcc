import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { AddCommentInput } from '@/lib/schemas/article-editing';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { canReadArticle } from './article-access';

/**
 * 批注: a comment on a passage. The editor then anchors it with a mark carrying
 * the returned id, saved with the body.
 */
export async function addComment({ actor, input }: { actor: Actor; input: AddCommentInput }) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { authorId: true, status: true, publicationId: true } });
    if (!article) throw notFound();
    assertCan(actor, 'article.comment', article.publicationId);
    if (!canReadArticle(actor, article)) throw forbidden();
    const comment = await tx.articleComment.create({
      data: { articleId: input.articleId, quote: input.quote, body: input.body, authorId: actor.id },
      select: { id: true, quote: true, body: true, createdAt: true, resolvedAt: true, author: { select: { name: true } } },
    });
    await recordAudit(tx, { actor, action: 'article.comment', entityType: 'article', entityId: input.articleId, details: { commentId: comment.id } });
    return comment;
  });
}
