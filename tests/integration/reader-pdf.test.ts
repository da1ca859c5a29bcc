// The readers' PDFs on the real database and the real queue: only an issue readers may see
// has one (an unpublished or not-yet-due scheduled issue is a 404 and enqueues nothing),
// a published page's PDF is rendered once however many readers ask at once, then served
// from objectStore('renders') with its validators, and a correction makes a new key, so
// the old PDF is no longer served. Only the browser is replaced: it counts its renders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type PgBoss from 'pg-boss';
import { actorFor, testDb } from '../support/actors';

const renders = vi.hoisted(() => ({ count: 0, urls: [] as string[], fail: false }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock('@/lib/server/print/render-pdf', async () => {
  const { LimiterBusyError } = await import('@/lib/domain/concurrency-limit');
  return {
    PdfBusyError: LimiterBusyError,
    renderPdf: async ({ url }: { url: string }) => {
      renders.count++;
      renders.urls.push(url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (renders.fail) throw new Error('the browser crashed');
      return Buffer.from(`%PDF-1.4 reader render ${renders.count}`);
    },
  };
});

const rendersDir = mkdtempSync(path.join(tmpdir(), 'masthead-reader-renders-'));
process.env.RENDERS_DIR = rendersDir;
// Readers stop enqueuing at half of it: two waiting renders.
process.env.PDF_MAX_WAITING = '4';
const { GET: PAGE_PDF } = await import('@/app/(public)/[publication]/[issue]/[page]/pdf/route');
const { GET: ISSUE_PDF } = await import('@/app/(public)/[publication]/[issue]/pdf/route');
const { createJobClient, jobQueue, stopJobs } = await import('@/lib/server/jobs/client');
const { correctArticle } = await import('@/lib/server/article/correct-article');
const { requestReaderPdfs, requestReaderPdfsOfArticle } = await import('@/lib/server/reader/reader-pdf');

const db = testDb();
let worker: PgBoss;
let slug = '';
let published = { id: '', number: 0, pages: 0 };
let hidden: { id: string; number: number; status: string; publishAt: Date | null } = { id: '', number: 0, status: 'PLANNING', publishAt: null };

const pagePdf = (number: number, page: number, headers: HeadersInit = {}) =>
  PAGE_PDF(new Request(`http://127.0.0.1/${slug}/${number}/${page}/pdf`, { headers }), { params: Promise.resolve({ publication: slug, issue: String(number), page: String(page) }) });
const issuePdf = (number: number) => ISSUE_PDF(new Request(`http://127.0.0.1/${slug}/${number}/pdf`), { params: Promise.resolve({ publication: slug, issue: String(number) }) });

/** A published issue of the same paper other than the one the first tests render. */
// With a page 2: other files publish one-page issues of their own.
const olderIssue = () => db.issue.findFirstOrThrow({ where: { status: 'PUBLISHED', publication: { slug }, id: { not: published.id }, pages: { some: { number: 2 } } }, orderBy: { date: 'desc' }, select: { id: true, number: true } });

async function renderJobsFor(issueId: string): Promise<number> {
  const { rows } = await (await jobQueue()).getDb().executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'pdf-render' AND data->>'issueId' = $1`, [issueId]);
  return rows[0].n;
}

/** Asks until the PDF is kept (the worker renders it meanwhile); every answer before is a 503 to come back. */
async function untilKept(ask: () => Promise<Response>): Promise<Response> {
  for (let i = 0; i < 100; i++) {
    const response = await ask();
    if (response.status !== 503) return response;
    expect(response.headers.get('retry-after')).toBe('5');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the PDF was never kept');
}

beforeAll(async () => {
  hidden = await db.issue.findFirstOrThrow({ where: { status: { in: ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'] }, pages: { some: { number: 1 } } }, select: { id: true, number: true, status: true, publishAt: true, publicationId: true } });
  const issue = await db.issue.findFirstOrThrow({
    where: { publicationId: (hidden as { publicationId?: string }).publicationId, status: 'PUBLISHED', pages: { some: { number: 1, slots: { some: { placement: { isNot: null } } } } } },
    orderBy: { date: 'desc' },
    select: { id: true, number: true, publication: { select: { slug: true } }, _count: { select: { pages: true } } },
  });
  slug = issue.publication.slug;
  published = { id: issue.id, number: issue.number, pages: issue._count.pages };
  await (await jobQueue()).getDb().executeSql(`DELETE FROM pgboss.job WHERE name = 'pdf-render'`, []);
  worker = await createJobClient({ connectionString: process.env.DATABASE_URL!, workers: true, pdfConcurrency: 1, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  delete process.env.PDF_MAX_WAITING;
  if (hidden.id) await db.issue.update({ where: { id: hidden.id }, data: { status: hidden.status as never, publishAt: hidden.publishAt } });
  await worker.stop({ graceful: false, wait: true, timeout: 5_000 });
  await stopJobs();
  await db.$disconnect();
  rmSync(rendersDir, { recursive: true, force: true });
});

describe('reader PDFs', () => {
  it('are a 404 in Chinese, enqueuing nothing, for an issue readers may not see: unpublished, or scheduled for later', async () => {
    for (const state of ['unpublished', 'scheduled'] as const) {
      if (state === 'scheduled') await db.issue.update({ where: { id: hidden.id }, data: { status: 'SCHEDULED', publishAt: new Date(Date.now() + 86_400_000) } });
      for (const response of [await pagePdf(hidden.number, 1), await issuePdf(hidden.number)]) {
        expect(response.status, state).toBe(404);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const text = await response.text();
        expect(text).toContain('没有找到这份 PDF');
        expect(text).toContain('lang="zh-CN"');
      }
    }
    expect(await requestReaderPdfs({ issueId: hidden.id })).toBe(0);
    expect(await renderJobsFor(hidden.id)).toBe(0);
    // Nor for a page the published issue does not have, or segments that are not numbers.
    expect((await pagePdf(published.number, 99)).status).toBe(404);
    expect((await PAGE_PDF(new Request('http://127.0.0.1/x'), { params: Promise.resolve({ publication: slug, issue: String(published.number), page: 'abc' }) })).status).toBe(404);
    expect(renders.count).toBe(0);
  });

  it('renders a published page once however many readers ask at once, then serves the kept PDF', async () => {
    const started = Date.now();
    const first = await Promise.all(Array.from({ length: 8 }, () => pagePdf(published.number, 1)));
    for (const response of first) {
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toContain('PDF 正在生成');
    }
    expect(await renderJobsFor(published.id)).toBe(1);
    const kept = await untilKept(() => pagePdf(published.number, 1));
    const firstRenderMs = Date.now() - started;
    expect(kept.status).toBe(200);
    expect(renders.count).toBe(1);
    expect(renders.urls[0]).toMatch(new RegExp(`/print/reader/${slug}/${published.number}\\?expires=\\d+&token=[0-9a-f]{64}&digest=[0-9a-f]{32}&page=1$`));
    expect(kept.headers.get('content-type')).toBe('application/pdf');
    expect(kept.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(kept.headers.get('content-disposition')).toBe(
      `attachment; filename="${slug}-${published.number}-01.pdf"; filename*=UTF-8''${encodeURIComponent(`${(await db.publication.findUniqueOrThrow({ where: { slug } })).name}-第${published.number}期-第01版.pdf`)}`,
    );
    const etag = kept.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}-page-01"$/);
    expect(new Date(kept.headers.get('last-modified')!).getTime()).toBeGreaterThan(0);
    expect(Buffer.from(await kept.arrayBuffer()).toString()).toBe('%PDF-1.4 reader render 1');

    const hitStarted = Date.now();
    const again = await Promise.all(Array.from({ length: 8 }, () => pagePdf(published.number, 1)));
    const keptHitMs = (Date.now() - hitStarted) / again.length;
    expect(again.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(renders.count).toBe(1);
    const notModified = await pagePdf(published.number, 1, { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    console.log(`[reader-pdf] first render (mocked browser, 300 ms) kept after ${firstRenderMs} ms; a kept hit ${keptHitMs.toFixed(1)} ms each (8 at once)`);
  });

  it('keeps the whole issue as one PDF, printed from the whole issue', async () => {
    const kept = await untilKept(() => issuePdf(published.number));
    expect(kept.status).toBe(200);
    expect(kept.headers.get('etag')).toMatch(/-issue"$/);
    expect(renders.urls.at(-1)).toMatch(new RegExp(`/print/reader/${slug}/${published.number}\\?expires=\\d+&token=[0-9a-f]{64}&digest=[0-9a-f]{32}$`));
    expect(renders.count).toBe(2);
  });

  it('stops serving a PDF once a story in the issue is corrected, and renders every page again', async () => {
    const before = await pagePdf(published.number, 1);
    const oldTag = before.headers.get('etag');
    const placed = await db.placement.findFirstOrThrow({ where: { part: 1, slot: { page: { issueId: published.id, number: 1 } } }, select: { article: { include: { bylines: { orderBy: { position: 'asc' } } } } } });
    const a = placed.article;
    const chief = await actorFor('chiefEditor');
    await correctArticle({
      actor: chief,
      input: {
        id: a.id, version: a.version, note: '标题有误，现予更正。', columnLabel: a.columnLabel, kicker: a.kicker, headline: `${a.headline}（更正）`, subheadline: a.subheadline,
        namesLine: a.namesLine, dateline: a.dateline, bylines: a.bylines.map((b) => b.name), source: a.source, credits: a.credits, body: a.body as never,
      },
    });
    // The newsroom's action asks for every page and the whole issue at once.
    expect(await requestReaderPdfsOfArticle({ articleId: a.id })).toBe(published.pages + 1);
    // Straight after the correction, before it is rendered: not the old PDF.
    const stale = await pagePdf(published.number, 1);
    expect(stale.status).toBe(503);
    const fresh = await untilKept(() => pagePdf(published.number, 1));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).not.toBe(oldTag);
    expect(Buffer.from(await fresh.arrayBuffer()).toString()).not.toBe('%PDF-1.4 reader render 1');
    // The old ETag no longer matches: a cache revalidating it gets the new PDF.
    expect((await pagePdf(published.number, 1, { 'If-None-Match': oldTag! })).status).toBe(200);
  });

  it('says so, without reloading or rendering again this minute, when a render failed for good', async () => {
    const older = await olderIssue();
    // The renders the correction asked for are done first (one worker).
    for (let i = 0; i < 300; i++) {
      const { rows } = await (await jobQueue()).getDb().executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'pdf-render' AND state IN ('created', 'retry', 'active')`, []);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // One job per key and minute: start well inside a minute, so this test's requests share it.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    renders.fail = true;
    try {
      expect((await pagePdf(older.number, 2)).status).toBe(503);
      const sql = (await jobQueue()).getDb();
      // No retries for this one, so it fails for good at once.
      await sql.executeSql(`UPDATE pgboss.job SET retry_limit = 0 WHERE name = 'pdf-render' AND data->>'issueId' = $1 AND data->>'page' = '2'`, [older.id]);
      for (let i = 0; i < 100; i++) {
        const { rows } = await sql.executeSql(`SELECT state FROM pgboss.job WHERE name = 'pdf-render' AND data->>'issueId' = $1 AND data->>'page' = '2'`, [older.id]);
        if (rows[0]?.state === 'failed') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const failed = await pagePdf(older.number, 2);
      expect(failed.status).toBe(503);
      expect(failed.headers.get('retry-after')).toBe('60');
      const text = await failed.text();
      expect(text).toContain('这份 PDF 刚才没能生成');
      expect(text).not.toContain('http-equiv="refresh"');
      expect(await renderJobsFor(older.id)).toBe(1);
    } finally {
      renders.fail = false;
    }
  });

  it('enqueues nothing for readers while too many renders wait (a crawler walking the archive)', async () => {
    const boss = await jobQueue();
    await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = 'pdf-render' AND state IN ('created', 'retry')`, []);
    await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE name = 'pdf-render' AND state = 'failed'`, []);
    const older = await olderIssue();
    // Two renders waiting (for later, so the worker leaves them be): half of PDF_MAX_WAITING.
    const fillers = await Promise.all([1, 2].map((i) => boss.send('pdf-render', { filler: i }, { startAfter: 3600 })));
    try {
      const refused = await pagePdf(older.number, 1);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(await refused.text()).toContain('现在要生成的 PDF 太多');
      expect(await renderJobsFor(older.id)).toBe(0);
    } finally {
      await boss.getDb().executeSql(`DELETE FROM pgboss.job WHERE id = ANY($1::uuid[])`, [fillers]);
    }
    expect((await pagePdf(older.number, 1)).status).toBe(503);
    expect(await renderJobsFor(older.id)).toBe(1);
  });
});
