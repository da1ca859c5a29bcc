// The 导读 box: a page editor picks stories for a front page's guide slot; each
// line points to the page its story starts on (——详见X版), and the reference
// follows the story when pages are reordered. The proof prints the box.
import { expect, test } from '@playwright/test';
import { contextAs } from './support/staff';

const PLANNED_ISSUE = 1204;
const SEEDED_STORY = '望河实验学校东坝校区9月正式招生';

test('a 导读 box points to the right pages, also after the pages are reordered', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await contextAs(browser, 'pageEditor');
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto('/newsroom/issues');
  await page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${PLANNED_ISSUE} 期`);
  const board = page.url();

  // A page made from the template with a 导读 slot, at the end.
  await page.getByLabel('版名').fill('导读测试');
  await page.getByLabel('版式', { exact: true }).selectOption({ label: '头版·导读' });
  await page.getByRole('button', { name: '增加一版' }).click();
  const editor = page.locator('[data-testid^="guide-editor-"]');
  await expect(editor).toBeVisible();
  const pageCount = await page.locator('[data-testid^="page-handle-"]').count();

  await editor.getByLabel('导读稿件').selectOption({ label: SEEDED_STORY });
  await editor.getByLabel('导读语').fill('东坝校区秋季招生');
  await editor.getByRole('button', { name: '加入导读' }).click();
  await expect(editor.getByTestId('guide-editor-line')).toHaveText('东坝校区秋季招生——详见一版');

  // The proof prints the box.
  await page.goto(`${board}/pages/${pageCount}`);
  await expect(page.getByTestId('guide-box')).toContainText('导读');
  await expect(page.getByTestId('guide-line')).toHaveText('东坝校区秋季招生——详见一版');

  // Page 1 moves down one: the line follows its story at once. (The board's buttons
  // work once it is hydrated: a click before that is lost, so wait for the scripts.)
  await page.goto(board);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: /^第01版.*后移一版$/ }).click();
  await expect(page.locator('[data-testid^="guide-editor-"]').getByTestId('guide-editor-line')).toHaveText('东坝校区秋季招生——详见二版');
  await page.goto(`${board}/pages/${pageCount}`);
  await expect(page.getByTestId('guide-line')).toHaveText('东坝校区秋季招生——详见二版');

  // Put everything back for the journeys that follow.
  await page.goto(board);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: /^第02版.*前移一版$/ }).click();
  await expect(page.locator('[data-testid^="guide-editor-"]').getByTestId('guide-editor-line')).toHaveText('东坝校区秋季招生——详见一版');
  await page.getByRole('button', { name: /^删除第\d+版：导读测试$/ }).click();
  await expect(page.locator('[data-testid^="guide-editor-"]')).toHaveCount(0);
  expect(await page.locator('[data-testid^="page-handle-"]').count()).toBe(pageCount - 1);
  await context.close();
});
