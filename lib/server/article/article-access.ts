import 'server-only';
import { AUTHOR_EDITABLE, DESK_EDITABLE, movesFrom, MOVE_RULES, type ArticleMove } from '@/lib/domain/article-workflow';
import { can } from '@/lib/permissions';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '../session';

type ArticleRef = { authorId: string; status: ArticleStatus };

/**
 * Authors read their own stories; the desk reads filed copy. A draft (never
 * filed) is its author's own until it is filed: not even an admin or the chief
 * editor opens it by URL. (A story sent back was filed, so the desk keeps it.)
 */
export function canReadArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.authorId === actor.id) return true;
  return article.status !== 'DRAFT' && can(actor.roles, 'article.readDesk');
}

/** Authors edit their own drafts; desk editors edit filed copy. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.authorId === actor.id && can(actor.roles, 'article.write') && AUTHOR_EDITABLE.includes(article.status)) return true;
  return can(actor.roles, 'article.editDesk') && DESK_EDITABLE.includes(article.status);
}

/** The workflow moves the actor may make on the story now (the server checks again when one is made). */
export function allowedMoves(actor: Actor, article: ArticleRef): ArticleMove[] {
  return movesFrom(article.status).filter((move) => {
    const rule = MOVE_RULES[move];
    return can(actor.roles, rule.permission) && (!rule.authorOnly || article.authorId === actor.id);
  });
}
