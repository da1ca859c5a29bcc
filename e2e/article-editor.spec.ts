// Never losing work in the article editor: autosave with its visible state; a
// new story becoming itself; revisions compared character by character and
// restored while the story is open; writing left unsynced in a closed tab merged
// back; comments on a passage. (Writing together: co-editing.spec.ts.)
import { expect, test, type Page } from '@playwright/test';
import { contextAs } from './support/staff';

// Always five digits: the headline count below depends on its length.
const run = 10_000 + (Date.now() % 90_000);
const saveState = (page: Page) => page.getByTestId('save-state');
const body = (page: Page) => page.getByRole('textbox', { name: '正文' });

/** A new story saved by autosave alone; returns its address. */
async function autosavedStory(page: Page, headline: string, text: string): Promise<string> {
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill(headline);
  await body(page).click();
  await page.keyboard.type(text);
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(page).toHaveURL(/\/newsroom\/articles\/[a-z0-9]+$/);
  return new URL(page.url()).pathname;
}

test('autosave saves while typing and always shows where the story stands', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await body(page).click();
  await page.keyboard.type('还没有主题的稿件。');
  // No headline yet: kept in the browser, said so.
  await expect(saveState(page)).toHaveAttribute('data-state', 'needsHeadline', { timeout: 10_000 });
  await page.getByLabel('主题').fill(`自动保存测试 ${run}`);
  await expect(saveState(page)).toHaveAttribute('data-state', 'dirty');
  await expect(saveState(page)).toHaveText(/已保存 \d\d:\d\d/, { timeout: 15_000 });
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/\/newsroom\/articles\/[a-z0-9]+$/);
  await expect(page.getByTestId('char-count')).toHaveText('正文 9 字');
  await expect(page.getByText('主题 11 字')).toBeVisible();

  // Offline: the state says so, and saving resumes when the network returns.
  await context.setOffline(true);
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('离线时写的一句。');
  await expect(saveState(page)).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  await page.goto(path);
  await expect(body(page)).toContainText('还没有主题的稿件。离线时写的一句。');
  await context.close();
});

test('a new story becomes itself at its first autosave: head and 交稿 follow, the editor stays', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await expect(page.getByRole('heading', { name: '写新稿' })).toBeVisible();
  await expect(page.getByRole('button', { name: '交稿' })).toHaveCount(0);
  // A mark on the editor's element: a remounted editor would not carry it.
  await page.locator('.tiptap').evaluate((element) => ((element as HTMLElement & { mark?: string }).mark = 'first'));
  await page.getByLabel('主题').fill(`新稿变身测试 ${run}`);
  await body(page).click();
  await page.keyboard.type('第一句先写下。');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(page).toHaveURL(/\/newsroom\/articles\/[a-z0-9]+$/);
  const path = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: '编辑稿件' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '写新稿' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '交稿' })).toBeVisible();
  // Typing goes on in the same editor, focus and all.
  await page.keyboard.type('第二句接着写。');
  await expect(body(page)).toContainText('第一句先写下。第二句接着写。');
  expect(await page.locator('.tiptap').evaluate((element) => (element as HTMLElement & { mark?: string }).mark)).toBe('first');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // An old "?saved=1" address claims nothing: the story was opened, not saved, just now.
  await page.goto(`${path}?saved=1`);
  await expect(body(page)).toContainText('第一句先写下。第二句接着写。');
  await expect(saveState(page)).toHaveAttribute('data-state', 'clean');
  await expect(saveState(page)).not.toContainText('已保存');

  // 交稿 from the head that appeared.
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill(`新稿直接交稿 ${run}`);
  await body(page).click();
  await page.keyboard.type('写完即交。');
  await expect(page.getByRole('button', { name: '交稿' })).toBeVisible({ timeout: 15_000 });
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await context.close();
});

test('revisions are kept per person, compared character by character, and a restore reaches everyone with the story open', async ({ browser }) => {
  const writer = await contextAs(browser, 'reporter');
  const path = await autosavedStory(writer.page, `修订恢复测试 ${run}`, '原来的第一段。');
  writer.page.once('dialog', (dialog) => dialog.accept());
  await writer.page.getByRole('button', { name: '交稿' }).click();
  await expect(writer.page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await writer.context.close();

  // The desk editor adds a sentence: a revision of her own.
  const desk = await contextAs(browser, 'editor');
  await desk.page.goto(path);
  await expect(saveState(desk.page)).toHaveAttribute('data-state', 'clean');
  await body(desk.page).click();
  await desk.page.keyboard.press('Control+End');
  await desk.page.keyboard.type('编辑补充的内容。');
  await expect(saveState(desk.page)).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });

  const history = await desk.context.newPage();
  await history.goto(`${path}/revisions`);
  await expect(history.getByTestId('revision')).toHaveCount(2);
  await expect(history.getByTestId('revision-diff').locator('ins')).toHaveText('编辑补充的内容。');
  history.once('dialog', (dialog) => dialog.accept());
  await history.getByRole('button', { name: /^恢复第 \d+ 版本$/ }).first().click();
  await expect(history.getByText('已恢复为新的版本；之前的版本仍在记录中。')).toBeVisible();
  await expect(history.getByTestId('revision')).toHaveCount(3);
  // The editor still open in the other tab sees the restore as an edit, without reloading.
  await expect(body(desk.page)).not.toContainText('编辑补充的内容。');
  await expect(body(desk.page)).toContainText('原来的第一段。');
  await desk.context.close();
});

test('writing that never reached the server, in a tab closed offline, is merged back on the next visit', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  const path = await autosavedStory(page, `恢复测试 ${run}`, '已保存的开头。');
  // The network drops, the writer keeps typing, and the tab is closed.
  await context.setOffline(true);
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.type('断网后写下的结尾。');
  await expect(saveState(page)).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await page.close();
  await context.setOffline(false);

  const again = await context.newPage();
  await again.goto(path);
  await expect(body(again)).toContainText('已保存的开头。断网后写下的结尾。');
  await expect(again.getByTestId('merged-local')).toContainText('未同步的修改合并进稿件');
  await expect(saveState(again)).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await again.reload();
  await expect(body(again)).toContainText('断网后写下的结尾。');
  await expect(again.getByTestId('merged-local')).toHaveCount(0);
  await context.close();
});

test('a comment is anchored to a passage, kept across edits, and resolved', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await autosavedStory(page, `批注测试 ${run}`, '区里新建三座口袋公园。');
  await body(page).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: '批注', exact: true }).click();
  await page.getByPlaceholder('批注内容').fill('公园数量请再核实。');
  await page.getByRole('button', { name: '添加批注' }).click();
  const comment = page.getByTestId('comment');
  await expect(comment).toContainText('公园数量请再核实。');
  await expect(comment).toContainText('「区里新建三座口袋公园。」');
  await expect(page.locator('.tiptap span[data-comment-id]')).toHaveText('区里新建三座口袋公园。');
  // Typing before the passage keeps the anchor on the same words.
  await page.keyboard.press('Home');
  await page.keyboard.type('今年');
  await expect(saveState(page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.locator('.tiptap span[data-comment-id]')).toHaveText('区里新建三座口袋公园。');
  await page.getByTestId('comment').getByRole('button', { name: '解决' }).click();
  await expect(page.getByText('已解决（1）')).toBeVisible();
  await expect(page.getByRole('heading', { name: '批注（0 条未解决）' })).toBeVisible();
  await context.close();
});
