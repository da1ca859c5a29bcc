// Writing together (issue 14): two desk editors in one filed story see each
// other's letters and carets; typing offline, or through a restart of the
// collaboration server, loses nothing; and the socket itself refuses changes from
// a role that may only read, and to a story that has gone out.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { sharedField } from '@/lib/collab/shared-story';
import { openSharedStory } from '../tests/support/collab-client';
import { contextAs, nav, staff } from './support/staff';

const run = Date.now() % 100_000;
const body = (page: Page) => page.getByRole('textbox', { name: '正文' });
const saveState = (page: Page) => page.getByTestId('save-state');
/** The body's words without the names drawn on others' carets. */
const bodyText = (page: Page) => page.locator('.tiptap').evaluate((element) => {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.collaboration-caret').forEach((caret) => caret.remove());
  return copy.textContent ?? '';
});

/** The collaboration server beside the e2e app (scripts/run-app.ts: the app's port + 1000). */
const collabOrigin = (page: Page) => {
  const app = new URL(page.url());
  return { ws: `ws://${app.hostname}:${Number(app.port) + 1000}`, http: `http://${app.hostname}:${Number(app.port) + 1000}` };
};

/** A reporter writes and files a story; returns its address. */
async function filedStory(browser: Browser, headline: string, text: string): Promise<string> {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill(headline);
  await body(page).click();
  await page.keyboard.type(text);
  await expect(page.getByRole('button', { name: '交稿' })).toBeVisible({ timeout: 15_000 });
  const path = new URL(page.url()).pathname;
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await context.close();
  return path;
}

/** Opens the story with the cursor at the end of its first paragraph. */
async function openAtEnd(page: Page, path: string) {
  await page.goto(path);
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'connecting');
  await body(page).click();
  await page.keyboard.press('Control+End');
}

async function twoEditors(browser: Browser, path: string): Promise<[Page, Page, BrowserContext[]]> {
  const [a, b] = await Promise.all([contextAs(browser, 'editor'), contextAs(browser, 'editor2')]);
  await openAtEnd(a.page, path);
  await openAtEnd(b.page, path);
  return [a.page, b.page, [a.context, b.context]];
}

test('two editors type in the same paragraph at once: both keep both texts and see each other’s carets', async ({ browser }) => {
  const path = await filedStory(browser, `协同编辑 ${run}`, '两人同时修改这一段。');
  const [a, b, contexts] = await twoEditors(browser, path);
  await expect(a.getByTestId('presence')).toContainText(staff('editor2').name);
  await expect(b.getByTestId('presence')).toContainText(staff('editor').name);

  await Promise.all([a.keyboard.type('林补一句。'), b.keyboard.type('宋补一句。')]);
  for (const page of [a, b]) {
    await expect.poll(() => bodyText(page)).toContain('林补一句。');
    await expect.poll(() => bodyText(page)).toContain('宋补一句。');
  }
  expect(await bodyText(a)).toBe(await bodyText(b));
  // Each sees the other's caret, named.
  await expect(a.getByTestId('collaborator-caret')).toContainText(staff('editor2').name);
  await expect(b.getByTestId('collaborator-caret')).toContainText(staff('editor').name);

  // The headline too, letter by letter.
  await a.getByLabel('主题').click();
  await a.keyboard.press('End');
  await a.keyboard.type('（续）');
  await expect(b.getByLabel('主题')).toHaveValue(`协同编辑 ${run}（续）`);

  // Stored as a save is: a reload shows it all.
  await expect(saveState(a)).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await a.reload();
  await expect.poll(() => bodyText(a)).toContain('林补一句。');
  await expect.poll(() => bodyText(a)).toContain('宋补一句。');
  for (const context of contexts) await context.close();
});

test('typing offline merges on reconnecting, without asking', async ({ browser }) => {
  const path = await filedStory(browser, `离线合并 ${run}`, '网络会断一下。');
  const [a, b, contexts] = await twoEditors(browser, path);
  await contexts[0].setOffline(true);
  await expect(saveState(a)).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await a.keyboard.type('离线写的。');
  await b.keyboard.type('在线写的。');
  await expect.poll(() => bodyText(b)).toContain('在线写的。');
  expect(await bodyText(b)).not.toContain('离线写的。');
  await contexts[0].setOffline(false);
  for (const page of [a, b]) {
    await expect.poll(() => bodyText(page), { timeout: 20_000 }).toContain('离线写的。');
    await expect.poll(() => bodyText(page)).toContain('在线写的。');
  }
  await expect(a.getByTestId('recovery')).toHaveCount(0);
  await expect(saveState(a)).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  for (const context of contexts) await context.close();
});

test('the collaboration server restarts mid-session and nothing is lost', async ({ browser, request }) => {
  const path = await filedStory(browser, `服务重启 ${run}`, '服务器会重启。');
  const [a, b, contexts] = await twoEditors(browser, path);
  await a.keyboard.type('重启前写的。');
  await expect.poll(() => bodyText(b)).toContain('重启前写的。');
  const health = `${collabOrigin(a).http}/health`;
  const { pid } = (await (await request.get(health)).json()) as { pid: number };
  // Killed outright, before it could store what was just typed; the supervisor starts it again.
  process.kill(pid, 'SIGKILL');
  await a.keyboard.type('停机时写的。');
  await b.keyboard.type('另一人停机时写的。');
  await expect.poll(async () => ((await (await request.get(health).catch(() => null))?.json().catch(() => null)) as { pid?: number } | null)?.pid, { timeout: 20_000 }).not.toBe(pid);
  for (const page of [a, b]) {
    for (const words of ['重启前写的。', '停机时写的。', '另一人停机时写的。']) await expect.poll(() => bodyText(page), { timeout: 30_000 }).toContain(words);
  }
  await expect(saveState(a)).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await a.reload();
  for (const words of ['重启前写的。', '停机时写的。', '另一人停机时写的。']) await expect.poll(() => bodyText(a)).toContain(words);
  for (const context of contexts) await context.close();
});

test('a role that may only read cannot change the story through the socket', async ({ browser }) => {
  const path = await filedStory(browser, `只读校对 ${run}`, '校对只能看。');
  const articleId = path.split('/').pop()!;
  const { context, page } = await contextAs(browser, 'proofreader');
  await page.goto(path);
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'connecting');
  await expect(page.getByLabel('主题')).toHaveAttribute('readonly', '');
  await expect(body(page)).toHaveAttribute('contenteditable', 'false');
  // Past the page: the proofreader's own session cookie on a socket of its own.
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const socket = await openSharedStory({ url: collabOrigin(page).ws, articleId, cookie, origin: new URL(page.url()).origin });
  expect(socket.readOnly).toBe(true);
  sharedField(socket.doc, 'headline').insert(0, '改掉');
  const editor = await contextAs(browser, 'editor');
  await editor.page.goto(path);
  await expect(editor.page.getByLabel('主题')).toHaveValue(`只读校对 ${run}`);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await editor.page.reload();
  await expect(editor.page.getByLabel('主题')).toHaveValue(`只读校对 ${run}`);
  socket.close();
  await context.close();
  await editor.context.close();
});

test('a published story refuses changes through the socket: a correction is the only way', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'editor');
  // A story of the demo's published issue.
  const headline = '首批19家企业入驻 聚焦智能制造与生物医药';
  await nav(page, '稿库').click();
  await page.getByRole('link', { name: headline }).click();
  await page.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
  const path = new URL(page.url()).pathname;
  await expect(saveState(page)).not.toHaveAttribute('data-state', 'connecting');
  await expect(page.getByLabel('主题')).toHaveValue(headline);
  await expect(page.getByLabel('主题')).toHaveAttribute('readonly', '');
  await expect(body(page)).toHaveAttribute('contenteditable', 'false');
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const socket = await openSharedStory({ url: collabOrigin(page).ws, articleId: path.split('/').pop()!, cookie, origin: new URL(page.url()).origin });
  expect(socket.readOnly).toBe(true);
  sharedField(socket.doc, 'headline').insert(0, '发布后偷改');
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await page.reload();
  await expect(page.getByLabel('主题')).toHaveValue(headline);
  socket.close();
  await context.close();
});
