import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { allows, can } from '@/lib/permissions';
import { assertCan, type Actor } from '../session';
import { jobQueue } from './client';
import { retryJobSchema } from '@/lib/schemas/jobs';
import { QUEUES, type QueueName } from './queue-names';

/**
 * What staff see of the job queue: jobs that failed for good, and jobs that
 * failed and are waiting to be tried again (or running again after failing).
 * An installation admin sees every paper's; a chief editor sees the jobs of the
 * papers where they are chief editor, and the jobs of no paper (the cache refresh).
 */
export type TroubledJob = {
  id: string;
  queue: QueueName;
  state: 'failed' | 'retry' | 'created' | 'active';
  /** Tries so far (a failed job has made retryLimit + 1). */
  attempts: number;
  retryLimit: number;
  lastError: string;
  createdOn: Date;
  /** When the next try is due, for a job waiting to retry. */
  nextTryAt: Date | null;
  issue: { id: string; number: number; publicationName: string; publicationId: string } | null;
  page: number | null;
};

type Row = {
  id: string;
  name: QueueName;
  state: TroubledJob['state'];
  data: { issueId?: string; page?: number | null } | null;
  retry_count: number;
  retry_limit: number;
  output: unknown;
  created_on: Date;
  start_after: Date;
};

const TROUBLED = `
  SELECT id, name, state, data, retry_count, retry_limit, output, created_on, start_after
  FROM pgboss.job
  WHERE name = ANY($1) AND (state IN ('retry', 'failed') OR (state IN ('created', 'active') AND retry_count > 0))`;

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  if (typeof output === 'string') return output;
  return output ? JSON.stringify(output) : '';
}

/** Whether the actor may see a job of `publicationId` (null: a job of no paper). */
function mayManage(actor: Actor, publicationId: string | null): boolean {
  if (publicationId === null) return can(actor.roles, 'jobs.manage') || actor.memberships.some((m) => can(m.roles, 'jobs.manage'));
  return allows(actor, 'jobs.manage', publicationId);
}

async function toJobs(rows: Row[]): Promise<(TroubledJob & { publicationId: string | null })[]> {
  const issueIds = [...new Set(rows.map((r) => r.data?.issueId).filter((id): id is string => typeof id === 'string'))];
  const issues = await db.issue.findMany({ where: { id: { in: issueIds } }, select: { id: true, number: true, publicationId: true, publication: { select: { name: true } } } });
  const byId = new Map(issues.map((i) => [i.id, i]));
  return rows.map((row) => {
    const issue = row.data?.issueId ? byId.get(row.data.issueId) : undefined;
    return {
      id: row.id,
      queue: row.name,
      state: row.state,
      attempts: row.state === 'failed' ? row.retry_count + 1 : row.retry_count,
      retryLimit: row.retry_limit,
      lastError: errorText(row.output),
      createdOn: row.created_on,
      nextTryAt: row.state === 'retry' ? row.start_after : null,
      issue: issue ? { id: issue.id, number: issue.number, publicationName: issue.publication.name, publicationId: issue.publicationId } : null,
      page: typeof row.data?.page === 'number' ? row.data.page : null,
      // A job naming an issue that is gone belongs to no one but the installation admin.
      publicationId: issue ? issue.publicationId : row.data?.issueId ? '' : null,
    };
  });
}

/** Failed and retrying jobs the actor may see, newest first (at most 200). */
export async function listTroubledJobs({ actor }: { actor: Actor }): Promise<TroubledJob[]> {
  if (!mayManage(actor, null)) throw forbidden();
  const boss = await jobQueue();
  const { rows } = await boss.getDb().executeSql(`${TROUBLED} ORDER BY created_on DESC LIMIT 200`, [Object.values(QUEUES)]);
  return (await toJobs(rows as Row[]))
    .filter((job) => (job.publicationId === '' ? can(actor.roles, 'jobs.manage') : mayManage(actor, job.publicationId)))
    .map(({ publicationId: _publicationId, ...job }) => job);
}

/** Runs a failed job again now (pg-boss retry), if the actor may see it. */
export async function retryJob({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const { queue, id } = retryJobSchema.parse(input);
  if (!mayManage(actor, null)) throw forbidden();
  const boss = await jobQueue();
  const { rows } = await boss.getDb().executeSql(`${TROUBLED} AND id = $2`, [[queue], id]);
  const [job] = await toJobs(rows as Row[]);
  if (!job) throw notFound();
  if (job.publicationId === '' ? !can(actor.roles, 'jobs.manage') : !mayManage(actor, job.publicationId)) throw forbidden();
  await boss.retry(queue, id);
}

/**
 * The trouble with an issue's scheduled publication, for the warning on its
 * page: its publish job failing (retrying or given up), or null when all is well.
 */
export async function getIssuePublicationTrouble({ actor, issueId }: { actor: Actor; issueId: string }): Promise<TroubledJob | null> {
  const issue = await db.issue.findUnique({ where: { id: issueId }, select: { publicationId: true, status: true } });
  if (!issue) throw notFound();
  assertCan(actor, 'issue.read', issue.publicationId);
  if (issue.status === 'PUBLISHED') return null;
  const boss = await jobQueue();
  const { rows } = await boss.getDb().executeSql(`${TROUBLED} AND singleton_key = $2 ORDER BY created_on DESC LIMIT 1`, [[QUEUES.issuePublish], issueId]);
  const [job] = await toJobs(rows as Row[]);
  if (!job) return null;
  const { publicationId: _publicationId, ...rest } = job;
  return rest;
}
