import 'server-only';
import { db } from '@/lib/db';
import { PLACEABLE } from '@/lib/domain/article-workflow';
import { assertCan, currentPublicationOf, type Actor } from '../session';

export const listItem = {
  id: true,
  headline: true,
  columnLabel: true,
  status: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/** The actor's own stories in the current publication, newest first. */
export function listMyArticles({ actor, take = 100 }: { actor: Actor; take?: number }) {
  if (!actor.publicationId) return Promise.resolve([]);
  return db.article.findMany({ where: { authorId: actor.id, publicationId: actor.publicationId }, orderBy: { updatedAt: 'desc' }, take, select: listItem });
}

/** Stories ready to be placed on a page of `publicationId` (an issue's, read by the caller; else the current publication). */
export function listPlaceableArticles({ actor, publicationId = currentPublicationOf(actor) }: { actor: Actor; publicationId?: string }) {
  assertCan(actor, 'issue.plan', publicationId);
  return db.article.findMany({
    where: { publicationId, status: { in: [...PLACEABLE] } },
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: listItem,
  });
}
