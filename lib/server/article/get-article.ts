import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { Actor } from '../session';
import { allowedMoves, canEditArticle, canReadArticle } from './article-access';

export const articleWithParts = {
  bylines: { orderBy: { position: 'asc' }, select: { name: true, staffId: true } },
  author: { select: { id: true, name: true } },
} as const;

/** A story for the newsroom: its author or the desk may read it. */
export async function getArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, include: articleWithParts });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  return { ...article, editable: canEditArticle(actor, article), moves: allowedMoves(actor, article) };
}

export type NewsroomArticle = Awaited<ReturnType<typeof getArticle>>;
