import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { Actor } from '../session';
import { canReadArticle } from './article-access';

export async function listComments({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, publicationId: true } });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  return db.articleComment.findMany({
    where: { articleId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, quote: true, body: true, createdAt: true, resolvedAt: true, author: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
}

export type ArticleCommentView = Awaited<ReturnType<typeof listComments>>[number];
