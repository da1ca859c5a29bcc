import 'server-only';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '../session';
import { moveArticle } from './move-article';

/** 交稿: the author sends their story (a draft, or one sent back) to the desk. */
export function fileArticle({ actor, articleId, from }: { actor: Actor; articleId: string; from?: ArticleStatus }) {
  return moveArticle({ actor, articleId, move: 'file', from });
}
