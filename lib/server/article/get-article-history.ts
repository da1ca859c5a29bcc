import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import type { Actor } from '../session';
import { canReadArticle } from './article-access';

/** Actions a story's history shows: its own events, and being placed on or taken off a page. */
const PAGE_ACTIONS = ['issue.place', 'issue.unplace'];

export type HistoryEntry = { id: string; action: string; actorName: string; at: Date; reason: string | null; version: number | null };

/** The story's history from the audit trail, oldest first; only for those who may read the story. */
export async function getArticleHistory({ actor, articleId, take = 200 }: { actor: Actor; articleId: string; take?: number }): Promise<HistoryEntry[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, publicationId: true } });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'article', entityId: articleId },
        // Placement is recorded on the issue; the story it moved is named in the details.
        { entityType: 'issue', action: { in: PAGE_ACTIONS }, details: { path: ['articleId'], equals: articleId } },
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, action: true, createdAt: true, details: true, actor: { select: { name: true } } },
  });
  return events.reverse().map((event) => {
    const details = (event.details ?? {}) as { reason?: unknown; version?: unknown };
    return {
      id: event.id,
      action: event.action,
      actorName: event.actor.name,
      at: event.createdAt,
      reason: typeof details.reason === 'string' ? details.reason : null,
      version: typeof details.version === 'number' ? details.version : null,
    };
  });
}
