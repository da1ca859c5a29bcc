import 'server-only';
import type PgBoss from 'pg-boss';
import { revalidationToken } from '../revalidation-token';
import { jobQueue } from './client';
import { QUEUES } from './queue-names';

export type CacheRefreshJob = { reason: string; issueId?: string };

/**
 * Asks for the cached reader pages to be rebuilt, as a job: retried with
 * backoff (2 s, 4 s, 8 s, …, 8 times) while the revalidation route fails. One
 * waiting refresh at a time (a short-policy queue): asking again while one
 * waits is the same refresh. Any server may run it; with the shared cache
 * handler a refresh on one server is seen by all.
 */
export async function requestCacheRefresh(job: CacheRefreshJob, boss?: PgBoss): Promise<string | null> {
  const queue = boss ?? (await jobQueue());
  return queue.send(QUEUES.cacheRefresh, job, { singletonKey: 'reader-pages' });
}

/** The refresh job: POSTs this server's own /api/internal/revalidate with the server's token; throws (to be retried) unless it answers 2xx. */
export async function runCacheRefresh(): Promise<{ status: number }> {
  const port = process.env.PORT ?? '3000';
  const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'x-revalidation-token': revalidationToken() },
    signal: AbortSignal.timeout(20_000),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  return { status: response.status };
}
