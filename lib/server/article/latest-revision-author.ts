import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../session';
import { getArticle } from './get-article';

/** Who saved the story last and when, to tell a writer whose save conflicted. */
export async function latestRevisionAuthor({ actor, articleId }: { actor: Actor; articleId: string }) {
  await getArticle({ actor, articleId });
  const latest = await db.articleRevision.findFirst({ where: { articleId }, orderBy: { updatedAt: 'desc' }, select: { updatedAt: true, author: { select: { name: true } } } });
  return latest ? { name: latest.author.name, at: latest.updatedAt } : null;
}
