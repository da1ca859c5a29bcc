// Two app servers on one database (scripts/e2e-cluster.ts), as production runs
// several behind nginx: what is published or corrected through one reaches the
// readers of the other at once, although both had the pages in their page
// caches (lib/server/page-cache). A change announces itself on PostgreSQL and
// every server forgets its pages (tests/integration/page-cache.test.ts fails
// without the announcement); Next's own caches are shared through Redis.
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_PASSWORD } from '@/prisma/seed/staff';
import { fileNewStory, nav, signAllPages, signIn, staff } from './support/staff';

const portA = Number(process.env.E2E_CLUSTER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
const serverA = `http://127.0.0.1:${portA}`;
const serverB = `http://127.0.0.1:${portA + 1}`;

/** A browser signed in on one server (sessions live in the database, so either server would do). */
async function staffOn(browser: Browser, server: string, key: Parameters<typeof signIn>[1]) {
  const context = await browser.newContext({ baseURL: server });
  const page = await context.newPage();
  await signIn(page, key);
  return { context, page };
}

/**
 * Polls `url` until its HTML contains `text`; returns how long that took and what the
 * server answered meanwhile (from its page cache or rendered, and how slowly), which tells
 * a page kept too long from a machine too busy to render it in time. Fails with the same.
 */
async function secondsUntilShown(page: Page, url: string, text: string, timeout = 5_000): Promise<{ seconds: number; answers: string }> {
  const started = Date.now();
  const answers: string[] = [];
  while (Date.now() - started < timeout) {
    const asked = Date.now();
    const response = await page.request.get(url);
    const shown = (await response.text()).includes(text);
    const headers = response.headers();
    answers.push(`+${asked - started} ms: ${shown ? 'new' : 'old'}, ${response.status()} x-page-cache=${headers['x-page-cache'] ?? '-'} age=${headers.age ?? '-'} in ${Date.now() - asked} ms`);
    if (shown) return { seconds: (Date.now() - started) / 1000, answers: answers.slice(-8).join('; ') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not show "${text}" within ${timeout} ms. Its answers, last ones:\n${answers.slice(-8).join('\n')}`);
}

test.beforeAll(async ({ request }) => {
  // Playwright waited for B; A starts alongside it.
  await expect.poll(async () => (await request.get(`${serverA}/login`)).status(), { timeout: 60_000 }).toBe(200);
});

test('an issue published on server A reaches readers of server B at once, and a correction on B reaches A', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const headline = `双服务器发布测试 ${Date.now() % 100000}`;

  // Readers on both servers have the front page kept in their server's page cache.
  for (const server of [serverA, serverB]) {
    const front = await page.request.get(`${server}/wanghe`);
    expect(front.status()).toBe(200);
    expect(await front.text()).not.toContain(headline);
    // Kept for a second (s-maxage=1): on a busy machine the next request can come later and render it again.
    await expect.poll(async () => (await page.request.get(`${server}/wanghe`)).headers()['x-page-cache'], { intervals: [0] }).toBe('hit');
  }

  await fileNewStory(browser, headline);
  const pageEditor = await staffOn(browser, serverA, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues/new');
  const number = await pageEditor.page.getByLabel('期号').inputValue();
  await pageEditor.page.getByRole('button', { name: '创建' }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${number} 期`);
  await pageEditor.page.waitForLoadState('networkidle');
  const lead = pageEditor.page.getByTestId('slot-1-头条');
  await lead.getByRole('combobox').selectOption({ label: headline });
  await lead.getByRole('button', { name: '放入' }).click();
  await expect(lead).toContainText(headline);
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();
  await pageEditor.context.close();

  const chief = await staffOn(browser, serverA, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${number} 期`) }).click();
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();
  await chief.page.getByRole('button', { name: '立即发布' }).click();
  await expect(chief.page.getByText('已发布，读者现在可以看到本期。')).toBeVisible();
  await chief.context.close();

  // Published through A: B's cached front page gives way at once, not when its timer fires.
  const onB = await secondsUntilShown(page, `${serverB}/wanghe`, headline);
  console.log(`[cluster] publication on A seen on B after ${onB.seconds.toFixed(2)} s (${onB.answers})`);
  await secondsUntilShown(page, `${serverA}/wanghe`, headline);

  // Both servers now cache the story page; a correction made through B reaches A's readers.
  await page.goto(`${serverA}/wanghe`);
  await page.getByRole('link', { name: headline }).first().click();
  const storyPath = new URL(page.url()).pathname;
  for (const server of [serverA, serverB]) expect(await (await page.request.get(server + storyPath)).text()).not.toContain('双服务器更正');

  const editor = await staffOn(browser, serverB, 'editor');
  await nav(editor.page, '稿库').click();
  await editor.page.getByRole('link', { name: headline }).click();
  await editor.page.getByRole('link', { name: '发布更正' }).click();
  await editor.page.getByLabel('引题').fill('双服务器更正后的引题');
  await editor.page.getByLabel('更正说明').fill('补上引题。');
  await editor.page.getByRole('button', { name: '发布更正' }).click();
  await expect(editor.page.getByText('更正已发布，读者现在可以看到。')).toBeVisible();
  await editor.context.close();

  const onA = await secondsUntilShown(page, serverA + storyPath, '双服务器更正后的引题');
  console.log(`[cluster] correction on B seen on A after ${onA.seconds.toFixed(2)} s (${onA.answers})`);
});

test('a photo uploaded through A is served by B, from the shared storage', async ({ browser }) => {
  const editor = await staffOn(browser, serverA, 'editor');
  // A small JPEG made on the spot: the upload checks the bytes, not the name.
  const jpeg = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 30, g: 80, b: 130 } } }).jpeg().toBuffer();
  const upload = await editor.page.request.post(`${serverA}/api/media`, { headers: { Origin: serverA }, multipart: { file: { name: '双服务器.jpg', mimeType: 'image/jpeg', buffer: jpeg } } });
  expect(upload.status()).toBe(201);
  const { media } = (await upload.json()) as { media: { id: string } };
  const onA = await editor.page.request.get(`${serverA}/media/${media.id}/480.webp`);
  const onB = await editor.page.request.get(`${serverB}/media/${media.id}/480.webp`);
  expect(onA.status()).toBe(200);
  expect(onB.status()).toBe(200);
  expect(Buffer.compare(await onA.body(), await onB.body())).toBe(0);
  await editor.context.close();
});

test('sign-in throttling and signing out hold across servers', async ({ browser }) => {
  // Five wrong passwords, alternating between the servers, lock the account on both.
  const context = await browser.newContext();
  const page = await context.newPage();
  const proofreader = staff('proofreader');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto(`${attempt % 2 ? serverA : serverB}/login`);
    await page.getByLabel('邮箱').fill(proofreader.email);
    await page.getByLabel('密码').fill('不是这个密码');
    await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.getByRole('button', { name: '登录' }).click()]);
    await expect(page.locator('form').getByRole('alert')).toContainText(attempt < 5 ? '邮箱或密码不正确' : '已暂时锁定');
  }
  await page.goto(`${serverB}/login`);
  await page.getByLabel('邮箱').fill(proofreader.email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('已暂时锁定');
  await context.close();

  // Signed in through A; signing out through B ends the session on A too.
  const reporter = await staffOn(browser, serverA, 'reporter');
  const other = await browser.newContext({ baseURL: serverB, storageState: await reporter.context.storageState() });
  const onB = await other.newPage();
  await onB.goto('/newsroom');
  await expect(onB.getByTestId('signed-in-as')).toContainText(staff('reporter').name);
  await onB.getByRole('button', { name: '退出登录' }).click();
  await expect(onB).toHaveURL(/\/login/);
  await reporter.page.goto('/newsroom');
  await expect(reporter.page).toHaveURL(/\/login/);
  await other.close();
  await reporter.context.close();
});

test('two editors on different servers write in one story: each server’s collaboration server passes the other’s letters on through Redis', async ({ browser }) => {
  const headline = `双服务器协同 ${Date.now() % 100000}`;
  await fileNewStory(browser, headline, serverA);
  const [onA, onB] = await Promise.all([staffOn(browser, serverA, 'editor'), staffOn(browser, serverB, 'editor2')]);
  for (const { page } of [onA, onB]) {
    await nav(page, '稿库').click();
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByTestId('save-state')).not.toHaveAttribute('data-state', 'connecting');
  }
  await onA.page.getByLabel('主题').click();
  await onA.page.keyboard.press('End');
  await onA.page.keyboard.type('甲');
  await onB.page.getByLabel('副题').fill('乙服务器写的副题');
  await expect(onB.page.getByLabel('主题')).toHaveValue(`${headline}甲`);
  await expect(onA.page.getByLabel('副题')).toHaveValue('乙服务器写的副题');
  await expect(onA.page.getByTestId('presence')).toContainText(staff('editor2').name);
  // Stored once, whichever server does it: a reload on either shows both.
  await expect(onA.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await onB.page.reload();
  await expect(onB.page.getByLabel('主题')).toHaveValue(`${headline}甲`);
  await expect(onB.page.getByLabel('副题')).toHaveValue('乙服务器写的副题');
  await onA.context.close();
  await onB.context.close();
});
