import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { Actor } from '../session';
import { canEditArticle, canReadArticle } from './article-access';

/** A story's revisions, newest first, for anyone who may read the story. */
export async function listRevisions({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, headline: true, authorId: true, status: true, publicationId: true, version: true } });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, version: true, charCount: true, createdAt: true, updatedAt: true, restoredFromVersion: true, author: { select: { name: true } } },
  });
  return { article: { ...article, editable: canEditArticle(actor, article) }, revisions };
}
