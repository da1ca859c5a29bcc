// The readers' PDFs of a published issue: the page view's 下载本版 PDF / 下载本期 PDF links
// download a one-page PDF of the page and a PDF of the whole issue with one page per
// printed page. The first reader to ask waits on a page that reloads itself until the
// render is kept; after that every reader gets the kept file at once. An unpublished
// issue has none, and the print page the renders come from shows nothing without a pass.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type Download } from '@playwright/test';

const PUBLISHED_ISSUE = 1203;
const PLANNED_ISSUE = 1204;

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: readFileSync(path.resolve(import.meta.dirname, '../.data/e2e-database-url'), 'utf8').trim() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function pageCountOf(number: number): Promise<number> {
  const rows = await query<{ n: number }>('SELECT count(*)::int AS n FROM "Page" pg JOIN "Issue" i ON i.id = pg."issueId" JOIN "Publication" p ON p.id = i."publicationId" WHERE i.number = $1 AND p."isDefault"', [number]);
  return rows[0].n;
}

/** The reader render jobs of an issue made since `since`: how many, and how long each took on its worker. */
async function renderJobs(number: number, since: Date) {
  return query<{ page: string | null; state: string; ms: number }>(
    `SELECT data->>'page' AS page, state, (extract(epoch FROM completed_on - started_on) * 1000)::int AS ms FROM pgboss.job WHERE name = 'pdf-render' AND data->>'kind' = 'reader' AND (data->>'issueNumber')::int = $1 AND created_on >= $2 ORDER BY created_on`,
    [number, since],
  );
}

async function pdfPages(download: Download): Promise<{ pages: number; text: string }> {
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '') };
}

test('a reader downloads a published page and the whole issue as PDFs, rendered once and then kept', async ({ page }) => {
  test.setTimeout(180_000);
  // Publishing and correcting render every page ahead (earlier specs correct this issue): only jobs from here on count.
  const since = (await query<{ now: Date }>('SELECT now() AS now', []))[0].now;
  await page.goto(`/wanghe/${PUBLISHED_ISSUE}/2`);
  const pageLink = page.getByRole('link', { name: '下载本版 PDF' });
  await expect(pageLink).toHaveAttribute('href', `/wanghe/${PUBLISHED_ISSUE}/2/pdf`);

  // First ask: nothing kept yet, so a 503 page that reloads itself until the download starts.
  const clicked = Date.now();
  const pageDownload = page.waitForEvent('download', { timeout: 120_000 });
  await pageLink.click();
  const pagePdf = await pageDownload;
  const firstRenderMs = Date.now() - clicked;
  expect(pagePdf.suggestedFilename()).toBe(`望河报-第${PUBLISHED_ISSUE}期-第02版.pdf`);
  const onePage = await pdfPages(pagePdf);
  expect(onePage.pages).toBe(1);
  expect(onePage.text).toContain('望河报');

  // Kept: every later request is served from the store at once, with validators a cache can use.
  const hitStarted = Date.now();
  const kept = await page.request.get(`/wanghe/${PUBLISHED_ISSUE}/2/pdf`);
  const keptMs = Date.now() - hitStarted;
  expect(kept.status()).toBe(200);
  expect(kept.headers()['content-type']).toBe('application/pdf');
  expect(kept.headers()['cache-control']).toMatch(/^public, /);
  expect(kept.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`望河报-第${PUBLISHED_ISSUE}期-第02版.pdf`)}`);
  expect((await kept.body()).equals(readFileSync(await pagePdf.path()))).toBe(true);
  expect((await page.request.get(`/wanghe/${PUBLISHED_ISSUE}/2/pdf`, { headers: { 'If-None-Match': kept.headers()['etag'] } })).status()).toBe(304);
  expect(keptMs).toBeLessThan(2_000);

  // The whole issue: one PDF page per printed page.
  await page.goto(`/wanghe/${PUBLISHED_ISSUE}/2`);
  const issueClicked = Date.now();
  const issueDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('link', { name: '下载本期 PDF' }).click();
  const issuePdf = await issueDownload;
  const issueRenderMs = Date.now() - issueClicked;
  expect(issuePdf.suggestedFilename()).toBe(`望河报-第${PUBLISHED_ISSUE}期.pdf`);
  expect((await pdfPages(issuePdf)).pages).toBe(await pageCountOf(PUBLISHED_ISSUE));
  // At most one render each, however often the waiting pages reloaded (none when an earlier
  // correction of this issue had already rendered them ahead).
  const jobs = await renderJobs(PUBLISHED_ISSUE, since);
  for (const which of ['2', null]) expect(jobs.filter((job) => job.page === which).length, `render jobs of ${which ?? 'the issue'}`).toBeLessThanOrEqual(1);
  expect(jobs.every((job) => job.state === 'completed')).toBe(true);
  const took = (which: string | null) => jobs.find((job) => job.page === which)?.ms ?? 'none, kept ahead';
  console.log(`[reader-pdf e2e] page PDF: ${firstRenderMs} ms from the click to the download (render job ${took('2')} ms), then ${keptMs} ms kept; whole issue: ${issueRenderMs} ms (render job ${took(null)} ms)`);
});

test('an unpublished issue has no reader PDF, and the readers\u2019 print page shows nothing without a pass', async ({ request }) => {
  for (const url of [`/wanghe/${PLANNED_ISSUE}/1/pdf`, `/wanghe/${PLANNED_ISSUE}/pdf`, `/wanghe/${PUBLISHED_ISSUE}/99/pdf`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.text()).toContain('没有找到这份 PDF');
  }
  expect((await request.get(`/print/reader/wanghe/${PUBLISHED_ISSUE}?page=1`)).status()).toBe(404);
  expect((await request.get(`/print/reader/wanghe/${PUBLISHED_ISSUE}?page=1&expires=9999999999999&token=${'0'.repeat(64)}`)).status()).toBe(404);
});
