import 'server-only';
import { db } from '@/lib/db';
import { syncReaderSearchEntries } from '../reader/search-entries';
import { publishStoriesOf } from './publish-issue';

/**
 * Records scheduled issues whose time has come as published, with their
 * stories, in the name of whoever scheduled them. Run every few seconds by the
 * server (instrumentation.ts); safe to run twice or in several processes at
 * once, because each issue moves only if it is still SCHEDULED.
 */
export async function publishDueIssues(now: Date = new Date()): Promise<number> {
  const due = await db.issue.findMany({
    where: { status: 'SCHEDULED', publishAt: { lte: now } },
    select: { id: true, publishAt: true, scheduledById: true },
  });
  let published = 0;
  for (const issue of due) {
    await db.$transaction(async (tx) => {
      const moved = await tx.issue.updateMany({
        where: { id: issue.id, status: 'SCHEDULED' },
        data: { status: 'PUBLISHED', publishedAt: issue.publishAt },
      });
      if (moved.count === 0) return;
      await publishStoriesOf(tx, issue.id);
      await syncReaderSearchEntries(tx, issue.id);
      if (issue.scheduledById) {
        await tx.auditEvent.create({
          data: { actorId: issue.scheduledById, action: 'issue.publishScheduled', entityType: 'issue', entityId: issue.id, details: { publishAt: issue.publishAt?.toISOString() ?? null } },
        });
      }
      published++;
    });
  }
  return published;
}
