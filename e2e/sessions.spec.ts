// Sessions end on the server. A copy of the session cookie taken before signing
// out (or before the account is deactivated) is refused afterwards by newsroom
// pages, API routes and server actions alike. Sign-in throttling says until
// when, in Chinese, and the client address is the connection's, not a header's.
import { expect, test, type Browser, type Cookie } from '@playwright/test';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contextAs } from './support/staff';

const databaseUrl = () => readFileSync(path.resolve(import.meta.dirname, '../.data/e2e-database-url'), 'utf8').trim();
const run = `${Date.now() % 100000}`.padStart(5, '0');

/** A fresh browser holding a copy of `cookies`, as someone who copied them would. */
async function replaying(browser: Browser, cookies: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

test('after signing out, a copy of the old cookie opens no page, no API route and no server action', async ({ browser }) => {
  const signedIn = await contextAs(browser, 'reporter');
  await signedIn.page.waitForLoadState('networkidle');
  const copied = await signedIn.context.cookies();
  expect(copied.some((cookie) => cookie.name === 'authjs.session-token')).toBe(true);

  // A second window with the copy, its form already open; it works before the sign-out.
  const stale = await replaying(browser, copied);
  await stale.page.goto('/newsroom/account');
  await expect(stale.page.getByRole('heading', { name: '修改密码' })).toBeVisible();

  await signedIn.page.getByRole('button', { name: '退出登录' }).click();
  await expect(signedIn.page).toHaveURL(/\/login\?signedOut=1/);

  // The server action behind the open form refuses.
  await stale.page.getByLabel('当前密码').fill('masthead-demo');
  await stale.page.getByLabel('新密码', { exact: true }).fill('a-new-passphrase-2026');
  await stale.page.getByLabel('再次输入新密码').fill('a-new-passphrase-2026');
  await stale.page.getByRole('button', { name: '修改密码' }).click();
  await expect(stale.page.getByRole('alert').filter({ hasText: '请先登录。' })).toBeVisible();

  // A newsroom page sends the copy to sign-in.
  const replay = await replaying(browser, copied);
  await replay.page.goto('/newsroom/articles');
  await expect(replay.page).toHaveURL(/\/login/);
  await expect(replay.page.getByRole('heading', { name: '登录采编系统' })).toBeVisible();

  // API routes answer 401.
  expect((await replay.context.request.get('/newsroom/issues/any-issue/version')).status()).toBe(401);
  expect((await replay.context.request.post('/api/media', { multipart: { file: { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('x') } } })).status()).toBe(401);

  for (const context of [signedIn.context, stale.context, replay.context]) await context.close();
});

test('deactivating an account ends its sessions at once; its password must follow the policy', async ({ browser }) => {
  const admin = await contextAs(browser, 'admin');
  const email = `session-${run}@masthead.local`;
  await admin.page.goto('/newsroom/staff');
  const addForm = admin.page.locator('form').filter({ has: admin.page.getByRole('button', { name: '添加人员' }) });
  await addForm.getByLabel('姓名').fill(`会话测试${run}`);
  await addForm.getByLabel('邮箱').fill(email);
  await addForm.getByLabel('初始密码').fill('woaini1314');
  await addForm.getByRole('group', { name: '在望河报的角色' }).getByLabel('记者').check();
  await addForm.getByRole('button', { name: '添加人员' }).click();
  await expect(addForm.getByRole('alert')).toContainText('这个密码太常见了');
  // A refused form comes back with what was typed, but not its checkboxes or the password.
  await addForm.getByLabel('初始密码').fill('湿地公园 at dawn 1987');
  await addForm.getByRole('group', { name: '在望河报的角色' }).getByLabel('记者').check();
  await addForm.getByRole('button', { name: '添加人员' }).click();
  await expect(addForm.getByRole('status')).toContainText('已添加');

  const member = await browser.newContext();
  const page = await member.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill('湿地公园 at dawn 1987');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(`会话测试${run}`);

  await admin.page.reload();
  const row = admin.page.getByRole('row').filter({ hasText: email });
  await row.getByLabel('在职').uncheck();
  await row.getByRole('button', { name: '更新' }).click();
  await expect(row.getByRole('status')).toContainText('已更新');

  await page.goto('/newsroom');
  await expect(page).toHaveURL(/\/login/);
  await admin.context.close();
  await member.close();
});

test('five wrong passwords lock an account: the form says until when, in Chinese; a forged X-Forwarded-For is not the address', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.77' } });
  const page = await context.newPage();
  const email = `nobody-${run}@masthead.local`;
  await page.goto('/login');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(`wrong-password-${attempt}`);
    // One attempt at a time: the next is typed only once this one's answer is in and
    // the form is no longer pending (React resets the fields when it settles).
    await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.getByRole('button', { name: '登录' }).click()]);
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeEnabled();
    const expected = attempt < 5 ? '邮箱或密码不正确' : /已暂时锁定。请于 (\d{4}\/\d{1,2}\/\d{1,2} )?\d\d:\d\d（北京时间）之后再试，约 1[45] 分钟/;
    await expect(page.locator('form').getByRole('alert')).toContainText(expected);
  }

  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const keys = (await client.query<{ key: string }>(`SELECT key FROM "SignInThrottle" WHERE key LIKE 'address:%'`)).rows.map((row) => row.key);
    expect(keys).toContain('address:127.0.0.1');
    expect(keys).not.toContain('address:203.0.113.77');
  } finally {
    // Every test signs in from 127.0.0.1: runs against a reused server must not add up to its limit.
    await client.query(`DELETE FROM "SignInThrottle" WHERE key IN ($1, 'address:127.0.0.1')`, [`account:${email}`]);
    await client.end();
  }
  await context.close();
});

test('on a long page, signing out and the language switch stay in view', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/newsroom/issues');
  await page.getByRole('link', { name: /第 \d+ 期/ }).first().click();
  await expect(page.getByTestId('fill-1')).toBeVisible();
  // The issue board is several screens long.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(720 * 2);
  // At the top, halfway down and at the foot of the page alike.
  for (const at of [0, 0.5, 1]) {
    await page.evaluate((share) => window.scrollTo(0, share * document.documentElement.scrollHeight), at);
    await expect(page.getByRole('button', { name: '退出登录' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'English' })).toBeInViewport();
  }
  await context.close();
});

test('the English newsroom writes pages, issues, dates and counts in English, in Latin type', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto('/newsroom/issues');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();

  // The list of issues: "No. 3405", an English weekday.
  await expect(page.getByRole('link', { name: /^No\. \d+$/ }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/第 \d+ 期|星期/);

  // The board: what the newsroom itself writes (headings, the staff line, copy-fit counts,
  // the slot and page controls' names) holds no Chinese format; stories and page names are copy.
  await page.getByRole('link', { name: /^No\. \d+$/ }).first().click();
  await expect(page.getByTestId('fill-1')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^No\. \d+ · [A-Z][a-z]+ \d{1,2}, \d{4} [A-Z][a-z]+day/);
  await expect(page.locator('section[data-page-id] h2').first()).toHaveText(/^Page 01(: .+)?$/);
  await expect(page.getByTestId('page-staff-1')).toHaveText(/^Page editor: .+ · Art editor: .+ · Template: .+$/);
  const written = await page.evaluate(() => {
    const texts = [document.querySelector('main h1'), document.querySelector('[data-testid="issue-summary"]'), ...document.querySelectorAll('section[data-page-id] h2, [data-testid^="page-staff-"], [data-testid^="fit-"], #new-page-position option')].map((element) => element?.textContent ?? '');
    const names = [...document.querySelectorAll('section[data-page-id], section[data-page-id] [aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
    return [...texts, ...names].join('\n');
  });
  expect(written).toContain('Page 01');
  expect(written).not.toMatch(/第|：|字|星期|本期/);

  // Latin quotes are drawn by a Latin font: narrower than a Chinese character, not a full em.
  const widths = await page.evaluate(() => {
    const probe = document.createElement('span');
    document.querySelector('[lang="en"]')!.append(probe);
    const width = (text: string) => ((probe.textContent = text), probe.getBoundingClientRect().width);
    const result = { quote: width('“'), han: width('中') };
    probe.remove();
    return result;
  });
  expect(widths.quote).toBeLessThan(widths.han * 0.6);

  // The new-issue form: the paper, the weekday and the lunar date in English words.
  await page.goto('/newsroom/issues/new');
  await expect(page.getByText(/^Newspaper: .+/)).toBeVisible();
  await page.getByLabel('Publication date').fill('2025-07-25');
  await expect(page.getByTestId('derived-date')).toHaveText('Friday · lunar calendar 乙巳年闰六月初一');
  expect(await page.locator('main form').innerText()).not.toMatch(/第|：|星期/);
  await context.close();
});
