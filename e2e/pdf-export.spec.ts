// PDF export with progress: the proof's export link starts a queued render, shows where
// it stands, then downloads the PDF; asked again for the unchanged page it is served
// from the kept renders at once. Staff of another paper are refused at every step.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contextAs } from './support/staff';

const PLANNED_ISSUE = 1204;

test('exporting a page shows progress, downloads the PDF, and the second export is instant', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto('/newsroom/issues');
  await page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${PLANNED_ISSUE} 期`);
  const issuePath = new URL(page.url()).pathname;
  await page.goto(`${issuePath}/pages/1`);
  // Wait for the page's scripts, so the click goes to the button rather than the plain link.
  await page.waitForLoadState('networkidle');

  const progress = page.getByTestId('pdf-export-progress').first();
  const firstDownload = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('link', { name: '导出本版 PDF' }).click();
  await expect(progress).toHaveText(/正在提交…|排队中|正在生成…|已生成，开始下载/);
  const download = await firstDownload;
  await expect(progress).toHaveText('已生成，开始下载');
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  expect(download.suggestedFilename()).toMatch(new RegExp(`-${PLANNED_ISSUE}-.+\\.pdf$`));

  // The same page, unchanged: the export answers "done" without a job, and the download follows at once.
  const started = await page.request.post(`${issuePath}/pdf/export?page=1`);
  expect(await started.json()).toEqual({ state: 'done' });
  const before = Date.now();
  const again = await page.request.get(`${issuePath}/pdf?page=1`);
  expect(again.status()).toBe(200);
  expect(Date.now() - before).toBeLessThan(2_000);
  expect((await again.body()).equals(readFileSync(file))).toBe(true);
  await context.close();

  // Another paper's page editor: 403 to start, to poll and to download.
  const outsider = await contextAs(browser, 'qxPageEditor');
  expect((await outsider.page.request.post(`${issuePath}/pdf/export?page=1`)).status()).toBe(403);
  expect((await outsider.page.request.get(`${issuePath}/pdf/status?job=00000000-0000-0000-0000-000000000000`)).status()).toBe(403);
  expect((await outsider.page.request.get(`${issuePath}/pdf?page=1`)).status()).toBe(403);
  await outsider.context.close();
});
