// The job queue (pg-boss) on the real database, with three clients standing in for
// three app servers: a scheduled issue is published exactly once, a failing cache
// refresh is retried with backoff, and a job that keeps failing is listed for staff.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { signPage } from '@/lib/server/issue/sign-page';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { cancelSchedule, scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { createJobClient, jobQueue, stopJobs } from '@/lib/server/jobs/client';
import { enqueueIssuePublication, runPublicationSweep } from '@/lib/server/jobs/publication-jobs';
import { requestCacheRefresh } from '@/lib/server/jobs/cache-refresh';
import { QUEUES } from '@/lib/server/jobs/queue-names';
import { getIssuePublicationTrouble, listTroubledJobs, retryJob } from '@/lib/server/jobs/troubled-jobs';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { storyInput } from '../support/stories';
import { backIssueSlot } from '../support/issue-slots';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
const db = testDb();
const servers: PgBoss[] = [];
let reporter: Actor, pageEditor: Actor, chief: Actor, editor: Actor, admin: Actor;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value || Date.now() > deadline) return value;
    await sleep(100);
  }
}

async function untilWaitingForLocks(count: number, ms = 5_000) {
  return until(async () => {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
    return rows[0].n >= count;
  }, ms);
}

async function signedOffIssueWithStory(headline: string) {
  const defaults = await getNewIssueDefaults({ actor: pageEditor });
  const issue = await createIssue({
    actor: pageEditor,
    input: { publicationId: defaults.publication.id, ...(await backIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }] },
  });
  const article = await createArticle({ actor: reporter, input: storyInput(headline) });
  await fileArticle({ actor: reporter, articleId: article.id });
  const page = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0];
  await placeArticle({ actor: pageEditor, slotId: page.slots[0].id, articleId: article.id });
  await submitIssue({ actor: pageEditor, issueId: issue.id });
  await signPage({ actor: chief, pageId: page.id });
  await signOffIssue({ actor: chief, issueId: issue.id });
  return issue.id;
}

async function jobsOf(queue: string, singletonKey: string) {
  const { rows } = await pool.query(`SELECT id, state, retry_count, started_on, completed_on, output FROM pgboss.job WHERE name = $1 AND singleton_key = $2 ORDER BY created_on`, [queue, singletonKey]);
  return rows as { id: string; state: string; retry_count: number; started_on: Date | null; completed_on: Date | null; output: unknown }[];
}

/** Three app servers' queue clients, started together (so the schema is installed by one of them). */
async function startServers() {
  const started = await Promise.all([0, 1, 2].map(() => createJobClient({ connectionString: process.env.DATABASE_URL!, workers: true, pdfConcurrency: 0, pollingIntervalSeconds: 0.5 })));
  servers.push(...started);
  return started;
}

// The revalidation route stand-in the cache refresh POSTs to (PORT): answers what the test says.
let answers: number[] = [];
const requests: { at: number; token: string | undefined }[] = [];
const revalidateServer = http.createServer((request, response) => {
  requests.push({ at: Date.now(), token: request.headers['x-revalidation-token'] as string | undefined });
  response.statusCode = answers.shift() ?? 200;
  response.end();
});

beforeAll(async () => {
  [reporter, pageEditor, chief, editor, admin] = await Promise.all((['reporter', 'pageEditor', 'chiefEditor', 'editor', 'admin'] as const).map((key) => actorFor(key)));
  await new Promise<void>((resolve) => revalidateServer.listen(0, '127.0.0.1', resolve));
  process.env.PORT = String((revalidateServer.address() as AddressInfo).port);
});

afterAll(async () => {
  await Promise.all(servers.map((boss) => boss.stop({ graceful: false, wait: true, timeout: 5_000 })));
  await stopJobs();
  revalidateServer.close();
  await pool.end();
  await db.$disconnect();
});

describe('scheduled publication through the queue, three servers', () => {
  it('installs the queue schema once while three servers start together', async () => {
    const [a] = await startServers();
    const { rows } = await pool.query(`SELECT version FROM pgboss.version`);
    expect(rows).toHaveLength(1);
    expect((await a.getQueues()).map((q) => q.name).filter((name) => !name.startsWith('__pgboss')).sort()).toEqual(Object.values(QUEUES).sort());
  });

  it('publishes a scheduled issue exactly once: one job, one PUBLISHED transition, one audit row', async () => {
    if (servers.length === 0) await startServers();
    const issueId = await signedOffIssueWithStory('三台服务器定时发布');
    const publishAt = new Date(Date.now() + 1_500);
    await scheduleIssue({ actor: chief, issueId, publishAt });
    // Every server asking for the job as well: still one job for the issue.
    await Promise.all(servers.map((boss) => enqueueIssuePublication(issueId, publishAt, boss)));
    expect((await jobsOf(QUEUES.issuePublish, issueId)).filter((j) => j.state === 'created')).toHaveLength(1);

    // Hold the issue row from before its time, so the timed job and three sweeps (one per
    // server) all read it as due before any of them moves it.
    const holder = await pool.connect();
    let sweeps: Promise<{ issueIds: string[] }>[] = [];
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Issue" WHERE id = $1 FOR UPDATE', [issueId]);
      await sleep(publishAt.getTime() - Date.now() + 50);
      sweeps = servers.map((boss) => runPublicationSweep(boss));
      expect(await untilWaitingForLocks(4)).toBe(true);
      await holder.query('COMMIT');
    } finally {
      holder.release();
    }
    const swept = await Promise.all(sweeps);
    const jobs = await until(async () => {
      const all = await jobsOf(QUEUES.issuePublish, issueId);
      return all.every((j) => j.state === 'completed' || j.state === 'cancelled') ? all : null;
    }, 10_000);
    const completed = jobs?.filter((j) => j.state === 'completed') ?? [];
    expect(completed).toHaveLength(1);
    const byJob = (completed[0].output as { published: boolean }).published ? 1 : 0;
    // A sweep also publishes what other test files left due: only this issue counts.
    expect(byJob + swept.filter((s) => s.issueIds.includes(issueId)).length).toBe(1);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issueId } })).status).toBe('PUBLISHED');
    expect(await db.auditEvent.count({ where: { entityId: issueId, action: 'issue.publishScheduled' } })).toBe(1);
    // …and the cache refresh that followed reached the revalidation route, with the server's token.
    await until(async () => requests.length > 0, 5_000);
    expect(requests.at(-1)?.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the job back when the schedule is taken back, and replaces it when rescheduled', async () => {
    const issueId = await signedOffIssueWithStory('改期的一期');
    await scheduleIssue({ actor: chief, issueId, publishAt: new Date(Date.now() + 3_600_000) });
    await cancelSchedule({ actor: chief, issueId });
    expect((await jobsOf(QUEUES.issuePublish, issueId)).map((j) => j.state)).toEqual(['cancelled']);
    const later = new Date(Date.now() + 7_200_000);
    await scheduleIssue({ actor: chief, issueId, publishAt: later });
    await scheduleIssue({ actor: chief, issueId, publishAt: later }).catch(() => undefined); // refused: already scheduled
    const jobs = await jobsOf(QUEUES.issuePublish, issueId);
    expect(jobs.map((j) => j.state)).toEqual(['cancelled', 'created']);
    await cancelSchedule({ actor: chief, issueId });
  });
});

describe('the cache refresh job', () => {
  it('is retried with backoff when the revalidation route answers 500, then succeeds', async () => {
    await until(async () => (await pool.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND state < 'completed'`, [QUEUES.cacheRefresh])).rowCount === 0, 10_000);
    requests.length = 0;
    answers = [500];
    if (servers.length === 0) await startServers();
    const id = await requestCacheRefresh({ reason: 'test' }, servers[1]);
    expect(id).toBeTruthy();
    const job = await until(async () => {
      const { rows } = await pool.query(`SELECT state, retry_count, retry_backoff FROM pgboss.job WHERE id = $1`, [id]);
      return rows[0]?.state === 'completed' ? rows[0] : null;
    }, 20_000);
    expect(job).toMatchObject({ state: 'completed', retry_count: 1, retry_backoff: true });
    expect(requests).toHaveLength(2);
    // The queue's retryDelay is 2 s; with backoff the first retry waits 2–4 s.
    expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(1_900);
  });

  it('ends as failed when it keeps failing, and is listed for the admin and chief editors with a retry', async () => {
    answers = Array(10).fill(500);
    const boss = await jobQueue();
    const id = (await boss.send(QUEUES.cacheRefresh, { reason: 'test' }, { retryLimit: 1, retryDelay: 1, retryBackoff: false }))!;
    await until(async () => (await pool.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id])).rows[0]?.state === 'failed', 20_000);

    const listed = (await listTroubledJobs({ actor: admin })).find((j) => j.id === id);
    expect(listed).toMatchObject({ queue: QUEUES.cacheRefresh, state: 'failed', attempts: 2, lastError: 'revalidation answered 500' });
    expect((await listTroubledJobs({ actor: chief })).some((j) => j.id === id)).toBe(true);
    await expect(listTroubledJobs({ actor: editor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(retryJob({ actor: editor, input: { queue: QUEUES.cacheRefresh, id } })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    answers = [];
    await retryJob({ actor: chief, input: { queue: QUEUES.cacheRefresh, id } });
    await until(async () => (await pool.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id])).rows[0]?.state === 'completed', 20_000);
    expect((await listTroubledJobs({ actor: admin })).some((j) => j.id === id)).toBe(false);
  });

  it('warns on the issue when its publication job keeps failing', async () => {
    const issueId = await signedOffIssueWithStory('发布任务出错的一期');
    await scheduleIssue({ actor: chief, issueId, publishAt: new Date(Date.now() + 3_600_000) });
    expect(await getIssuePublicationTrouble({ actor: chief, issueId })).toBeNull();
    const [job] = await jobsOf(QUEUES.issuePublish, issueId);
    const boss = await jobQueue();
    await boss.fail(QUEUES.issuePublish, job.id, new Error('database went away'));
    expect(await getIssuePublicationTrouble({ actor: chief, issueId })).toMatchObject({ queue: QUEUES.issuePublish, lastError: 'database went away', issue: { id: issueId } });
    await expect(getIssuePublicationTrouble({ actor: reporter, issueId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await cancelSchedule({ actor: chief, issueId });
  });
});
