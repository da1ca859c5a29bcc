// Two papers on one installation (the demo's 望河报 and 清溪报): a page editor of
// one cannot open or change the other's issues, and someone on both papers' staff
// switches between them.
import { expect, test } from '@playwright/test';
import { contextAs } from './support/staff';

/** The seeded issue of 望河报 still being planned (prisma/seed/demo.ts). */
const PLANNED_ISSUE = 1204;

test("a page editor of 清溪报 only cannot open or change 望河报's issue", async ({ browser }) => {
  // 望河报's page editor finds the planned issue's board.
  const wanghe = await contextAs(browser, 'pageEditor');
  await wanghe.page.goto('/newsroom/issues');
  await wanghe.page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(wanghe.page.getByRole('button', { name: '送签' })).toBeVisible();
  const boardUrl = wanghe.page.url();

  // 清溪报's page editor: its own paper's issues only, and 望河报's board is refused.
  const qingxi = await contextAs(browser, 'qxPageEditor');
  await expect(qingxi.page.getByTestId('current-publication')).toHaveText('清溪报');
  await qingxi.page.goto('/newsroom/issues');
  await expect(qingxi.page.getByRole('link', { name: '第 560 期' })).toBeVisible();
  await expect(qingxi.page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` })).toHaveCount(0);
  const response = await qingxi.page.goto(boardUrl);
  expect(response?.status()).toBe(403);
  await expect(qingxi.page.getByRole('button', { name: '送签' })).toHaveCount(0);
  expect((await qingxi.page.goto(`${boardUrl}/pages/1`))?.status()).toBe(403);
  expect((await qingxi.page.request.get(`${boardUrl}/pdf`)).status()).toBe(403);

  // The board's own form, sent with 清溪报's page editor's session: refused on the server.
  const qingxiCookies = await qingxi.context.cookies();
  await wanghe.page.goto(boardUrl);
  await wanghe.context.clearCookies();
  await wanghe.context.addCookies(qingxiCookies);
  await wanghe.page.getByRole('button', { name: '送签' }).click();
  await expect(wanghe.page.getByText('您没有权限执行此操作。')).toBeVisible();
  await qingxi.context.close();
  await wanghe.context.close();

  // Nothing changed: 望河报's page editor still plans the issue.
  const again = await contextAs(browser, 'pageEditor');
  await again.page.goto(boardUrl);
  await expect(again.page.getByRole('button', { name: '送签' })).toBeVisible();
  await again.context.close();
});

test('an editor on both papers switches between them, and each desk shows its own stories', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'editor');
  const switcher = page.getByTestId('publication-switcher');
  await expect(switcher.getByLabel('当前报纸')).toHaveValue(/.+/);
  await expect(switcher.locator('option:checked')).toHaveText('望河报');

  // The desk searched for each paper's story: only 望河报's is found.
  const deskSearch = (q: string) => page.goto(`/newsroom/desk?q=${encodeURIComponent(q)}`);
  const wangheStory = page.getByRole('link', { name: '望河区一季度地区生产总值同比增长6.2%' });
  const qingxiStory = page.getByRole('link', { name: '柳营街道开设周末儿童托管班' });
  await deskSearch('一季度地区生产总值');
  await expect(wangheStory).toBeVisible();
  await deskSearch('周末儿童托管班');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(qingxiStory).toHaveCount(0);

  await switcher.getByLabel('当前报纸').selectOption({ label: '清溪报' });
  await switcher.getByRole('button', { name: '切换' }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByTestId('publication-switcher').locator('option:checked')).toHaveText('清溪报');
  // A new page load: the choice is remembered (the cookie, checked by the server).
  await deskSearch('周末儿童托管班');
  await expect(qingxiStory).toBeVisible();
  await deskSearch('一季度地区生产总值');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(wangheStory).toHaveCount(0);

  await page.goto('/newsroom/issues');
  await expect(page.getByRole('link', { name: '第 560 期' })).toBeVisible();
  await expect(page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` })).toHaveCount(0);

  // Back to 望河报.
  await page.getByTestId('publication-switcher').getByLabel('当前报纸').selectOption({ label: '望河报' });
  await page.getByTestId('publication-switcher').getByRole('button', { name: '切换' }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByTestId('publication-switcher').locator('option:checked')).toHaveText('望河报');
  await page.goto('/newsroom/issues');
  await expect(page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` })).toBeVisible();
  await context.close();
});

test("each paper's reader site shows its own issue, and the other's numbers are not found there", async ({ page }) => {
  await page.goto('/qingxi');
  await expect(page.getByText('清溪区今年为老旧小区加装电梯一百二十部').first()).toBeVisible();
  await expect(page.getByText('望河区一季度地区生产总值同比增长6.2%')).toHaveCount(0);
  expect((await page.goto(`/qingxi/${PLANNED_ISSUE - 1}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/publications/qingxi/issues/${PLANNED_ISSUE - 1}`)).status()).toBe(404);
  expect((await page.goto('/wanghe/560'))?.status()).toBe(404);
  const feed = await (await page.request.get('/qingxi/feed.xml')).text();
  expect(feed).toContain('清溪河生态步道十二公里全线贯通');
  expect(feed).not.toContain('望河区');
});
