import 'server-only';
import { db } from '@/lib/db';
import { syncReaderSearchEntries } from '../reader/search-entries';
import { publishStoriesOf } from './publish-issue';

/**
 * Records one scheduled issue whose time has come as published, with its
 * stories, in the name of whoever scheduled it. Run by the issue's publish job
 * (lib/server/jobs/publication-jobs.ts) and the sweep; safe to run twice or on
 * several servers at once, because the issue moves only if it is still
 * SCHEDULED and due (the conditional UPDATE is the guard: a second server's
 * update waits for the first to commit and then matches nothing).
 * Returns whether this call published it.
 */
export async function publishDueIssue(issueId: string, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { id: true, publishAt: true, scheduledById: true } });
    if (!issue) return false;
    const moved = await tx.issue.updateMany({
      where: { id: issue.id, status: 'SCHEDULED', publishAt: { lte: now } },
      data: { status: 'PUBLISHED', publishedAt: issue.publishAt },
    });
    if (moved.count === 0) return false;
    await publishStoriesOf(tx, issue.id);
    await syncReaderSearchEntries(tx, issue.id);
    if (issue.scheduledById) {
      await tx.auditEvent.create({
        data: { actorId: issue.scheduledById, action: 'issue.publishScheduled', entityType: 'issue', entityId: issue.id, details: { publishAt: issue.publishAt?.toISOString() ?? null } },
      });
    }
    return true;
  });
}

/** Publishes every scheduled issue whose time has come (the sweep); returns the ids of those this call published. */
export async function publishDueIssues(now: Date = new Date()): Promise<string[]> {
  const due = await db.issue.findMany({ where: { status: 'SCHEDULED', publishAt: { lte: now } }, select: { id: true } });
  const published: string[] = [];
  for (const issue of due) if (await publishDueIssue(issue.id, now)) published.push(issue.id);
  return published;
}
