// The PDF route when too many exports are waiting in the queue: 503 in Chinese, never cached.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';

let actor: Actor | null = null;
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock('@/lib/server/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => actor }));
// One export waiting is "too many" here (the default is 30).
process.env.PDF_MAX_WAITING = '1';
const { GET } = await import('@/app/(newsroom)/newsroom/issues/[id]/pdf/route');
const { jobQueue, stopJobs } = await import('@/lib/server/jobs/client');

const db = testDb();
let issueId = '';
let waitingJob: string | null = null;

beforeAll(async () => {
  actor = await actorFor('pageEditor');
  issueId = (await db.issue.findFirstOrThrow({ where: { publicationId: actor.publicationId! }, select: { id: true } })).id;
  const boss = await jobQueue();
  await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = 'pdf-render'`, []);
  waitingJob = await boss.send('pdf-render', { issueId, page: 99, staffId: actor.id, key: 'busy-test.pdf', widthMm: 1, heightMm: 1 }, { startAfter: new Date(Date.now() + 3_600_000) });
});

afterAll(async () => {
  const boss = await jobQueue();
  if (waitingJob) await boss.deleteJob('pdf-render', waitingJob);
  await stopJobs();
  await db.$disconnect();
});

describe('GET /newsroom/issues/[id]/pdf when too many exports are waiting', () => {
  it('answers 503 with a Chinese message and no-store', async () => {
    const response = await GET(new Request(`http://127.0.0.1/newsroom/issues/${issueId}/pdf`), { params: Promise.resolve({ id: issueId }) });
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.text()).toBe('正在生成的 PDF 太多，服务器忙不过来。请等半分钟再试。');
  });
});
