// PDF export through the queue, on the real database: the render job runs on a queue
// worker (one pg-boss client with one PDF worker), progress is reported, the result is
// kept in objectStore('renders') so the second request renders nothing, a change to the
// page's story asks for a new render, and staff of another paper get 403 throughout.
// Only the browser is replaced: it counts its renders and returns fixed bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type PgBoss from 'pg-boss';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';

const renders = vi.hoisted(() => ({ count: 0, urls: [] as string[] }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
let actor: Actor | null = null;
vi.mock('@/lib/server/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => actor }));
vi.mock('@/lib/server/print/render-pdf', async () => {
  const { LimiterBusyError } = await import('@/lib/domain/concurrency-limit');
  return {
    PdfBusyError: LimiterBusyError,
    renderPdf: async ({ url }: { url: string }) => {
      renders.count++;
      renders.urls.push(url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return Buffer.from(`%PDF-1.4 render ${renders.count}`);
    },
  };
});

const rendersDir = mkdtempSync(path.join(tmpdir(), 'masthead-renders-'));
process.env.RENDERS_DIR = rendersDir;
const { GET } = await import('@/app/(newsroom)/newsroom/issues/[id]/pdf/route');
const { POST: EXPORT } = await import('@/app/(newsroom)/newsroom/issues/[id]/pdf/export/route');
const { GET: STATUS } = await import('@/app/(newsroom)/newsroom/issues/[id]/pdf/status/route');
const { createJobClient, jobQueue, stopJobs } = await import('@/lib/server/jobs/client');

const db = testDb();
let worker: PgBoss;
let issueId = '';
let pageEditor: Actor, otherPaper: Actor, reporter: Actor;
const params = () => ({ params: Promise.resolve({ id: issueId }) });
const url = (suffix: string) => `http://127.0.0.1/newsroom/issues/${issueId}/pdf${suffix}`;

beforeAll(async () => {
  [pageEditor, otherPaper, reporter] = await Promise.all([actorFor('pageEditor'), actorFor('qxPageEditor'), actorFor('reporter')]);
  const issue = await db.issue.findFirstOrThrow({ where: { publicationId: pageEditor.publicationId!, pages: { some: { number: 1, slots: { some: { placement: { isNot: null } } } } } }, select: { id: true } });
  issueId = issue.id;
  // Exports left queued by other files are not this test's.
  await (await jobQueue()).getDb().executeSql(`DELETE FROM pgboss.job WHERE name = 'pdf-render'`, []);
  worker = await createJobClient({ connectionString: process.env.DATABASE_URL!, workers: true, pdfConcurrency: 1, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await worker.stop({ graceful: false, wait: true, timeout: 5_000 });
  await stopJobs();
  await db.$disconnect();
  rmSync(rendersDir, { recursive: true, force: true });
});

async function exportWithProgress(query: string) {
  const started = await EXPORT(new Request(url(`/export${query}`), { method: 'POST' }), params());
  expect(started.status).toBe(200);
  const start = (await started.json()) as { state: string; jobId?: string };
  const seen: string[] = [start.state];
  if (start.jobId) {
    for (let i = 0; i < 100; i++) {
      const status = (await (await STATUS(new Request(url(`/status?job=${start.jobId}`)), params())).json()) as { state: string; position?: number };
      seen.push(status.state === 'queued' ? `queued ${status.position}` : status.state);
      if (status.state === 'done' || status.state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { start, seen };
}

describe('PDF export through the queue', () => {
  it('renders on a queue worker with progress, then serves the kept PDF without rendering again', async () => {
    actor = pageEditor;
    const first = await exportWithProgress('?page=1');
    expect(first.start.state).toBe('queued');
    expect(first.seen.at(-1)).toBe('done');
    expect(first.seen).toContain('rendering');
    expect(renders.count).toBe(1);
    // Printed from the worker's own port, page 1, with a print pass.
    expect(renders.urls[0]).toMatch(new RegExp(`/print/issues/${issueId}\\?staff=${pageEditor.id}&expires=\\d+&token=[0-9a-f]{64}&page=1$`));

    const download = await GET(new Request(url('?page=1')), params());
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('%PDF-1.4 render 1');

    const second = await exportWithProgress('?page=1');
    expect(second.start).toEqual({ state: 'done' });
    expect(renders.count).toBe(1);
  });

  it('renders again once a story on the page changed, never serving the stale PDF', async () => {
    actor = pageEditor;
    const placed = await db.placement.findFirstOrThrow({ where: { slot: { page: { issueId, number: 1 } } }, select: { articleId: true } });
    await db.article.update({ where: { id: placed.articleId }, data: { version: { increment: 1 } } });
    const download = await GET(new Request(url('?page=1')), params());
    expect(download.status).toBe(200);
    expect(renders.count).toBe(2);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('%PDF-1.4 render 2');
  });

  it('refuses staff of another paper, and staff who may not read issues, at every step (403)', async () => {
    actor = pageEditor;
    const { start } = await exportWithProgress('');
    const jobId = start.state === 'queued' ? start.jobId! : (await (await jobQueue()).send('pdf-render', { issueId, page: null, staffId: pageEditor.id, key: 'x', widthMm: 1, heightMm: 1 }))!;
    for (const outsider of [otherPaper, reporter]) {
      actor = outsider;
      expect((await EXPORT(new Request(url('/export'), { method: 'POST' }), params())).status).toBe(403);
      expect((await STATUS(new Request(url(`/status?job=${jobId}`)), params())).status).toBe(403);
      expect((await GET(new Request(url('')), params())).status).toBe(403);
    }
    actor = null;
    expect((await GET(new Request(url('')), params())).status).toBe(401);
  });
});
