// The layout desk's proof: copy-fit figures that follow the story as it is
// edited, a story jumping across pages whose jump lines follow a page reorder,
// and the print-ready PDF checked with poppler's pdfinfo and pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contextAs, fileNewStory } from './support/staff';
import { swapPages } from './support/reorder-pages';

const PLANNED_ISSUE = 1204;
const HEADLINE = `望河新区夜市升级改造完成 ${Date.now() % 100000}`;

test.describe.configure({ mode: 'serial' });

async function openBoard(page: Page) {
  await page.goto('/newsroom/issues');
  await page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${PLANNED_ISSUE} 期`);
}

/** `+86字` → 86, `−40字` → −40 (the real minus sign). */
const figure = (label: string) => Number(label.replace('\u2212', '-').replace('字', ''));

async function appendToBody(page: Page, text: string) {
  await page.goto(`/newsroom/desk?q=${encodeURIComponent(HEADLINE)}`);
  await page.getByRole('link', { name: HEADLINE }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
}

test('copy-fit: the board says how far a story is over or under its slot, and follows every edit', async ({ browser }) => {
  await fileNewStory(browser, HEADLINE);
  const pageEditor = await contextAs(browser, 'pageEditor');
  await openBoard(pageEditor.page);
  const slot = pageEditor.page.getByTestId('slot-2-二条');
  await slot.getByRole('combobox').selectOption({ label: HEADLINE });
  await slot.getByRole('button', { name: '放入' }).click();
  const fit = pageEditor.page.getByTestId('fit-2-二条');
  await expect(fit).toHaveText(/^\u2212\d+字$/);
  const before = figure(await fit.innerText());

  // The editor adds twenty characters to the last paragraph: twenty fewer to spare.
  const editor = await contextAs(browser, 'editor');
  await appendToBody(editor.page, '夜市新增了二十个摊位照明排水同步改造完毕');
  await pageEditor.page.reload();
  await expect(fit).toHaveText(`\u2212${-before - 20}字`);

  // Far too long now: the board shows it over, and the proof cuts the text at the slot's end.
  await appendToBody(editor.page, '摊主们说，改造后的夜市干净整洁，客流明显增加，周边居民也愿意晚饭后来逛一逛。'.repeat(40));
  await pageEditor.page.reload();
  await expect(fit).toHaveText(/^\+\d+字$/);
  const over = figure(await fit.innerText());
  await pageEditor.page.goto(pageEditor.page.url() + '/pages/2');
  const proofSlot = pageEditor.page.getByTestId('newspaper-page-2').locator('[data-slot="二条"]');
  await expect(proofSlot.getByTestId('overflow-marker')).toHaveText(`超版 +${over}字`);
  await expect(proofSlot).toHaveAttribute('data-overflows', '');
  await Promise.all([editor.context.close(), pageEditor.context.close()]);
});

test('a jump across pages: generated jump lines that follow the pages when they are reordered', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await openBoard(page);
  const boardUrl = page.url();
  const slot = page.getByTestId('slot-2-二条');
  await slot.getByLabel('转到').selectOption({ label: '第04版：副刊 三条' });
  await slot.getByRole('button', { name: '转版' }).click();
  await expect(page.getByTestId('jump-2-二条')).toHaveText('（下转四版）');
  await expect(page.getByTestId('jump-4-三条')).toHaveText('（上接二版）');
  // The first part now fits exactly up to its jump line; the rest shows its own figure.
  await expect(page.getByTestId('fit-2-二条')).not.toHaveText(/^\+/);
  await expect(page.getByTestId('fit-4-三条')).toHaveText(/字$/);

  await page.goto(`${boardUrl}/pages/2`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^版面预览：第 \d+ 期 第02版：/);
  const first = page.getByTestId('newspaper-page-2').locator('[data-slot="二条"]');
  await expect(first).toContainText('（下转四版）');
  await expect(first.getByTestId('overflow-marker')).toHaveCount(0);
  // What copy-fit measured is what the proof shows: no column spills into a hidden one.
  const spills = async () =>
    page.locator('.np-text').evaluateAll((columns) => columns.filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1).length);
  expect(await spills()).toBe(0);
  await first.getByRole('link', { name: '（下转四版）' }).click();
  await expect(page).toHaveURL(/\/pages\/4$/);
  await expect(page.getByTestId('newspaper-page-4').locator('[data-slot="三条"]')).toContainText('（上接二版）');
  expect(await spills()).toBe(0);

  // Pages 3 and 4 change places: the same placements now read 下转三版.
  await swapPages(PLANNED_ISSUE, 3, 4);
  await page.goto(boardUrl);
  await expect(page.getByTestId('jump-2-二条')).toHaveText('（下转三版）');
  await expect(page.getByTestId('jump-3-三条')).toHaveText('（上接二版）');
  await context.close();
});

test('PDF export: the whole issue and one page at the paper size, with the masthead and jump lines as text', async ({ browser, request }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await openBoard(page);
  const issueUrl = new URL(page.url()).pathname;
  const dir = mkdtempSync(path.join(tmpdir(), 'masthead-pdf-'));
  const fetchPdf = async (query: string) => {
    const response = await page.request.get(`${issueUrl}/pdf${query}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const file = path.join(dir, `issue${query.replace(/\W/g, '-')}.pdf`);
    writeFileSync(file, await response.body());
    return { info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }), text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
  };

  const whole = await fetchPdf('');
  expect(whole.info).toMatch(/^Pages:\s+4$/m);
  // 4开: 272 × 390 mm = 771.02 × 1105.51 pt (Chromium rounds to 1/300 inch).
  const [, width, height] = whole.info.match(/^Page size:\s+([\d.]+) x ([\d.]+) pts/m)!;
  expect(Math.abs(Number(width) - 771.02)).toBeLessThan(0.5);
  expect(Math.abs(Number(height) - 1105.51)).toBeLessThan(0.5);
  const compact = (text: string) => text.replace(/\s+/g, '');
  expect(compact(whole.text)).toContain('望河报');
  expect(compact(whole.text)).toContain(`第${PLANNED_ISSUE}期`);
  expect(compact(whole.text)).toContain('（下转三版）');
  expect(compact(whole.text)).toContain('（上接二版）');
  const fonts = execFileSync('pdffonts', [path.join(dir, 'issue.pdf')], { encoding: 'utf8' });
  // Every font embedded: pdffonts' columns end "emb sub uni object ID".
  const embedded = fonts.split('\n').slice(2).filter(Boolean).map((line) => line.match(/\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)?.[1]);
  expect(embedded.length).toBeGreaterThan(0);
  expect(embedded.every((emb) => emb === 'yes')).toBe(true);

  const front = await fetchPdf('?page=1');
  expect(front.info).toMatch(/^Pages:\s+1$/m);
  expect(compact(front.text)).toContain('望河报');
  expect(compact(front.text)).not.toContain('（下转三版）');

  // Put pages 3 and 4 back as the other specs expect them.
  await swapPages(PLANNED_ISSUE, 3, 4);
  await context.close();

  // Nobody outside the newsroom gets a PDF: not a visitor, not a reporter (no issue.read).
  expect((await request.get(`${issueUrl}/pdf`, { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);
  const reporter = await contextAs(browser, 'reporter');
  expect((await reporter.page.request.get(`${issueUrl}/pdf`)).status()).toBe(403);
  await reporter.context.close();
});

test('a reader follows a jump: the printed jump lines link to the other part’s page', async ({ page }) => {
  // The demo's latest issue runs its front page's second story on into page 2.
  await page.goto('/wanghe/1203/1');
  const first = page.getByTestId('newspaper-page-1').locator('[data-slot="二条"]');
  await first.getByRole('link', { name: '（下转二版）' }).click();
  await expect(page).toHaveURL(/\/wanghe\/1203\/2$/);
  const rest = page.getByTestId('newspaper-page-2').locator('[data-slot="三条"]');
  await expect(rest.getByRole('link', { name: '（上接一版）' })).toHaveAttribute('href', '/wanghe/1203/1');

  // The story itself, opened from page 2, has one address (on page 1, where it starts) and
  // reads once and whole: no jump lines, no second copy starting 上接.
  const storyLink = rest.getByRole('link').filter({ hasNotText: '上接' }).first();
  const storyId = (await storyLink.getAttribute('href'))!.split('/').pop()!;
  expect(await storyLink.getAttribute('href')).toBe(`/wanghe/1203/1/${storyId}`);
  await storyLink.click();
  await expect(page).toHaveURL(new RegExp(`/wanghe/1203/1/${storyId}$`));
  const story = page.locator('article');
  await expect(story).toHaveCount(1);
  await expect(page.getByTestId('jump-line')).toHaveCount(0);
  await expect(story).not.toContainText('下转');
  await expect(story).not.toContainText('上接');
  // The continuation's old address leads to the one address.
  await page.goto(`/wanghe/1203/2/${storyId}`);
  await expect(page).toHaveURL(new RegExp(`/wanghe/1203/1/${storyId}$`));
});
