import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { Actor } from '../session';
import { canReadArticle } from './article-access';

/** Someone is counted as editing while their heartbeats keep arriving. */
export const PRESENCE_TTL_MS = 45_000;

/**
 * The editor's heartbeat: records that the actor has the story open and answers
 * who else has, and the story's current version (so an idle editor can pick up
 * someone else's save instead of later conflicting with it).
 */
export async function editorHeartbeat({ actor, articleId, leaving = false }: { actor: Actor; articleId: string; leaving?: boolean }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, publicationId: true, version: true } });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  const now = new Date();
  if (leaving) {
    await db.articlePresence.deleteMany({ where: { articleId, staffId: actor.id } });
  } else {
    await db.articlePresence.upsert({
      where: { articleId_staffId: { articleId, staffId: actor.id } },
      create: { articleId, staffId: actor.id, seenAt: now },
      update: { seenAt: now },
    });
  }
  const others = await db.articlePresence.findMany({
    where: { articleId, staffId: { not: actor.id }, seenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { seenAt: 'asc' },
    select: { staff: { select: { name: true } } },
  });
  return { version: article.version, editors: others.map((other) => other.staff.name) };
}
