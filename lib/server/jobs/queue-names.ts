import 'server-only';
import type PgBoss from 'pg-boss';
import type { RetryJobInput } from '@/lib/schemas/jobs';

/**
 * The job queues and how each one retries. pg-boss keeps them in the `pgboss`
 * schema of the app's own database; every server works every queue, and a job
 * is fetched by exactly one of them (SELECT … FOR UPDATE SKIP LOCKED).
 */
export const QUEUES = {
  /** Records one scheduled issue as published at its time (singleton per issue). */
  issuePublish: 'issue-publish',
  /** The safety net: publishes any scheduled issue whose time has passed (every minute, one server). */
  issuePublishSweep: 'issue-publish-sweep',
  /** Rebuilds the cached reader pages (POST /api/internal/revalidate). */
  cacheRefresh: 'cache-refresh',
  /** Prints an issue or one of its pages to PDF and keeps it in objectStore('renders'). */
  pdfRender: 'pdf-render',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
// The retry form's schema (lib/schemas/jobs.ts) lists the same names: the compiler checks it here.
const sameNames: [QueueName] extends [RetryJobInput['queue']] ? ([RetryJobInput['queue']] extends [QueueName] ? true : never) : never = true;
void sameNames;

/**
 * Queue options. `expireInSeconds` is how long a job may stay active before the
 * maintenance of any server counts it as failed (a server that died mid-job)
 * and, with retries left, runs it again. Retries wait `retryDelay` seconds,
 * doubled each time (`retryBackoff`).
 */
export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, 'name' | 'retentionDays' | 'retentionHours' | 'retentionSeconds'> & { retentionMinutes: number }> = {
  // stately: at most one waiting and one running publish job per issue (singletonKey = issue id).
  'issue-publish': { policy: 'stately', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120, retentionMinutes: 14 * 24 * 60 },
  'issue-publish-sweep': { policy: 'singleton', retryLimit: 0, expireInSeconds: 120, retentionMinutes: 24 * 60 },
  // short: at most one refresh waiting; one more asked for meanwhile is the same refresh.
  'cache-refresh': { policy: 'short', retryLimit: 8, retryDelay: 2, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 14 * 24 * 60 },
  'pdf-render': { policy: 'standard', retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 300, retentionMinutes: 2 * 24 * 60 },
};
