import 'server-only';
import { AUTHOR_EDITABLE, DESK_EDITABLE, movesFrom, MOVE_RULES, type ArticleMove } from '@/lib/domain/article-workflow';
import { allows } from '@/lib/permissions';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '../session';

type ArticleRef = { authorId: string; status: ArticleStatus; publicationId: string };

/** On the staff of the story's publication (any role), or an installation admin. */
const onStaffOf = (actor: Actor, article: ArticleRef) => actor.roles.includes('ADMIN') || actor.memberships.some((m) => m.publicationId === article.publicationId);

/**
 * Everything here is within the story's publication: roles held on another paper's
 * staff count for nothing.
 * Authors read their own stories; the desk reads filed copy. A draft (never
 * filed) is its author's own until it is filed: not even an admin or the chief
 * editor opens it by URL. (A story sent back was filed, so the desk keeps it.)
 */
export function canReadArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.authorId === actor.id && onStaffOf(actor, article)) return true;
  return article.status !== 'DRAFT' && allows(actor, 'article.readDesk', article.publicationId);
}

/** Authors edit their own drafts; desk editors edit filed copy. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.authorId === actor.id && allows(actor, 'article.write', article.publicationId) && AUTHOR_EDITABLE.includes(article.status)) return true;
  return allows(actor, 'article.editDesk', article.publicationId) && DESK_EDITABLE.includes(article.status);
}

/** The workflow moves the actor may make on the story now (the server checks again when one is made). */
export function allowedMoves(actor: Actor, article: ArticleRef): ArticleMove[] {
  return movesFrom(article.status).filter((move) => {
    const rule = MOVE_RULES[move];
    return allows(actor, rule.permission, article.publicationId) && (!rule.authorOnly || article.authorId === actor.id);
  });
}
