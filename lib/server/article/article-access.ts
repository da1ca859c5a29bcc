import 'server-only';
import { AUTHOR_EDITABLE, DESK_EDITABLE } from '@/lib/domain/article-workflow';
import { can } from '@/lib/permissions';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '../session';

type ArticleRef = { authorId: string; status: ArticleStatus };

export function canReadArticle(actor: Actor, article: ArticleRef): boolean {
  return article.authorId === actor.id || can(actor.roles, 'article.readDesk');
}

/** Authors edit their own drafts; desk editors edit filed copy. */
export function canEditArticle(actor: Actor, article: ArticleRef): boolean {
  if (article.authorId === actor.id && can(actor.roles, 'article.write') && AUTHOR_EDITABLE.includes(article.status)) return true;
  return can(actor.roles, 'article.editDesk') && DESK_EDITABLE.includes(article.status);
}
