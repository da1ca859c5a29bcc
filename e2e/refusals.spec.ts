// Refusals happen on the server, whatever the browser shows: anonymous and
// wrong-role requests to newsroom pages and actions, and unpublished issues.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { contextAs } from './support/staff';

/**
 * Drops the session cookie behind the page's back. Waits for link prefetches
 * first: their responses would otherwise set a refreshed session cookie again.
 */
async function signOutQuietly(context: BrowserContext, page: Page) {
  await page.waitForLoadState('networkidle');
  // A response already on its way (the side bar's task count) may set the cookie again: clear until none comes back.
  for (let attempt = 0; attempt < 10; attempt++) {
    await context.clearCookies();
    await page.waitForTimeout(300);
    if ((await context.cookies()).length === 0) break;
  }
  expect(await context.cookies()).toEqual([]);
}

/** The seeded issue still being planned (prisma/seed/demo.ts). */
const PLANNED_ISSUE = 1204;

const NEWSROOM_PAGES = [
  '/newsroom',
  '/newsroom/jobs',
  '/newsroom/articles',
  '/newsroom/articles/new',
  '/newsroom/desk',
  '/newsroom/issues',
  '/newsroom/issues/new',
  '/newsroom/sign-off',
  '/newsroom/staff',
];

test('an anonymous visitor is sent to sign-in from every newsroom page', async ({ page }) => {
  for (const path of NEWSROOM_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/login/);
  }
});

test('a wrong role gets 403 from pages it may not open', async ({ browser }) => {
  const reporter = await contextAs(browser, 'reporter');
  for (const path of ['/newsroom/issues/new', '/newsroom/sign-off', '/newsroom/staff', '/newsroom/desk', '/newsroom/issues', '/newsroom/jobs']) {
    const response = await reporter.page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(reporter.page.getByText('您的角色不能访问此页面。')).toBeVisible();
  }
  await reporter.context.close();

  const pageEditor = await contextAs(browser, 'pageEditor');
  expect((await pageEditor.page.goto('/newsroom/sign-off'))?.status()).toBe(403);
  expect((await pageEditor.page.goto('/newsroom/articles/new'))?.status()).toBe(403);
  expect((await pageEditor.page.goto('/newsroom/jobs'))?.status()).toBe(403);
  await pageEditor.context.close();
});

test('an action submitted without a session is refused by the server', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill('无人登录时提交的稿件');
  await signOutQuietly(context, page);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请先登录。')).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel('主题')).toHaveValue('无人登录时提交的稿件');
  await context.close();
});

test('an action submitted with the wrong role is refused by the server', async ({ browser }) => {
  // The chief editor opens the sign-off page of a planned issue's queue entry;
  // then the session is swapped for a page editor's and the form submitted.
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues');
  await pageEditor.page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${PLANNED_ISSUE} 期`);
  const issueId = pageEditor.page.url().split('/').pop()!;
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();

  const chief = await contextAs(browser, 'chiefEditor');
  await chief.page.goto(`/newsroom/sign-off/${issueId}`);
  await signOutQuietly(chief.context, chief.page);
  await chief.context.addCookies(await pageEditor.context.cookies());
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('您没有权限执行此操作。')).toBeVisible();
  await chief.page.getByRole('button', { name: '签版', exact: true }).first().click();
  await expect(chief.page.getByText('您没有权限执行此操作。').first()).toBeVisible();

  // Nothing changed: the issue still waits for the chief editor, who now sends it back.
  const realChief = await contextAs(browser, 'chiefEditor');
  await realChief.page.goto(`/newsroom/sign-off/${issueId}`);
  await expect(realChief.page.getByText('待签发').first()).toBeVisible();
  await realChief.page.getByLabel('退回原因', { exact: true }).fill('测试结束，退回继续编辑');
  await realChief.page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(realChief.page.getByText('已退回责任编辑。')).toBeVisible();
  await Promise.all([pageEditor.context.close(), chief.context.close(), realChief.context.close()]);
});

test('nothing unpublished reaches a visitor, by any URL', async ({ browser, page }) => {
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues');
  const number = PLANNED_ISSUE;
  await pageEditor.page.getByRole('link', { name: `第 ${number} 期` }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${number} 期`);
  const placed = pageEditor.page.getByTestId('slot-1-头条');
  const headline = (await placed.locator('.font-serif').first().innerText()).trim();
  await pageEditor.context.close();

  for (const path of [`/wanghe/${number}`, `/wanghe/${number}/1`, `/wanghe/${number}/2`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto('/');
  await expect(page.locator('body')).not.toContainText(headline);
  for (const path of ['/nope', '/wanghe/abc', '/wanghe/99999999', '/wanghe/1/999', "/wanghe/1/1/<script>"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test('a server action from a foreign page, or too large, is refused with 403/413, not 500', async ({ browser, baseURL }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  const action = { 'Next-Action': '7f0000000000000000000000000000000000000000', 'Content-Type': 'text/plain;charset=UTF-8' };
  for (const path of ['/newsroom/articles/new', '/login']) {
    const foreign = await page.request.post(path, { headers: { ...action, Origin: 'https://evil.example' }, data: '[]' });
    expect(foreign.status(), path).toBe(403);
    expect(foreign.headers()['cache-control'], path).toBe('no-store');
    expect(await foreign.text(), path).toBe('请求来自其他网站，已拒绝。请在本站页面中操作。');
  }
  // A reader page is a GET-only route with no action to run: refused as a method, never a 500.
  expect((await page.request.post('/', { headers: { ...action, Origin: 'https://evil.example' }, data: '[]' })).status()).toBe(405);
  const oversize = await page.request.post('/newsroom/articles/new', { headers: { ...action, Origin: new URL(baseURL!).origin }, data: 'x'.repeat(4 * 1024 * 1024) });
  expect(oversize.status()).toBe(413);
  expect(await oversize.text()).toContain('提交的内容太大');
  await context.close();
});
