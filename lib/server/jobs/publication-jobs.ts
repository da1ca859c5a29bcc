import 'server-only';
import type PgBoss from 'pg-boss';
import { publishDueIssue, publishDueIssues } from '../issue/publish-due-issues';
import { jobQueue } from './client';
import { requestCacheRefresh } from './cache-refresh';
import { QUEUES } from './queue-names';
import { requestReaderPdfs } from '../reader/reader-pdf';

export type IssuePublishJob = { issueId: string };

/** Ids of an issue's publish jobs still waiting (created, or failed and waiting to retry). */
async function pendingPublishJobs(boss: PgBoss, issueId: string): Promise<string[]> {
  const { rows } = await boss
    .getDb()
    .executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry')`, [QUEUES.issuePublish, issueId]);
  return rows.map((row: { id: string }) => row.id);
}

/**
 * Enqueues the job that records a scheduled issue as published at `publishAt`,
 * replacing any it had waiting (a reschedule). One per issue (singletonKey =
 * issue id on a stately queue). If the queue cannot be reached the schedule
 * still stands: readers see the issue from its time on, and the sweep records it.
 */
export async function enqueueIssuePublication(issueId: string, publishAt: Date, boss?: PgBoss): Promise<string | null> {
  try {
    const queue = boss ?? (await jobQueue());
    const waiting = await pendingPublishJobs(queue, issueId);
    if (waiting.length) await queue.cancel(QUEUES.issuePublish, waiting);
    return await queue.send(QUEUES.issuePublish, { issueId } satisfies IssuePublishJob, { singletonKey: issueId, startAfter: publishAt });
  } catch (error) {
    console.error(`[jobs] could not enqueue the publication of issue ${issueId}; the sweep will record it`, error);
    return null;
  }
}

/** Cancels an issue's waiting publish job (its schedule was taken back). */
export async function cancelIssuePublication(issueId: string, boss?: PgBoss): Promise<void> {
  try {
    const queue = boss ?? (await jobQueue());
    const waiting = await pendingPublishJobs(queue, issueId);
    if (waiting.length) await queue.cancel(QUEUES.issuePublish, waiting);
  } catch (error) {
    // A job left behind finds the issue no longer scheduled and does nothing.
    console.error(`[jobs] could not cancel the publication job of issue ${issueId}`, error);
  }
}

/** The publish job: records the issue as published if it still is scheduled and due, then asks for a cache refresh. */
export async function runIssuePublication(boss: PgBoss, { issueId }: IssuePublishJob): Promise<{ published: boolean }> {
  const published = await publishDueIssue(issueId);
  if (published) {
    console.log(`[jobs] published scheduled issue ${issueId}`);
    await requestCacheRefresh({ reason: 'issue.publishScheduled', issueId }, boss);
    await requestReaderPdfs({ issueId }, boss);
  }
  return { published };
}

/** The sweep (every minute, on one server): anything scheduled and due that no job recorded. */
export async function runPublicationSweep(boss: PgBoss): Promise<{ published: number; issueIds: string[] }> {
  const issueIds = await publishDueIssues();
  if (issueIds.length) {
    console.log(`[jobs] the sweep published scheduled issue(s) ${issueIds.join(', ')}`);
    await requestCacheRefresh({ reason: 'issue.publishScheduled' }, boss);
  }
  return { published: issueIds.length, issueIds };
}
