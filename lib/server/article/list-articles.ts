import 'server-only';
import { db } from '@/lib/db';
import { PLACEABLE } from '@/lib/domain/article-workflow';
import { assertCan, type Actor } from '../session';

export const listItem = {
  id: true,
  headline: true,
  columnLabel: true,
  status: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/** The actor's own stories, newest first. */
export function listMyArticles({ actor, take = 100 }: { actor: Actor; take?: number }) {
  return db.article.findMany({ where: { authorId: actor.id }, orderBy: { updatedAt: 'desc' }, take, select: listItem });
}

/** Stories ready to be placed on a page. */
export function listPlaceableArticles({ actor }: { actor: Actor }) {
  assertCan(actor, 'issue.plan');
  return db.article.findMany({
    where: { status: { in: [...PLACEABLE] } },
    orderBy: { updatedAt: 'desc' },
    take: 200,
    select: listItem,
  });
}
