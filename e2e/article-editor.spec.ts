// Never losing work in the article editor: autosave with its visible state;
// two sessions saving the same story, where the second is shown both versions
// and chooses; recovery of writing left unsaved in a closed tab; revisions
// compared character by character and restored; comments on a passage.
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

test('two sessions save the same story: nothing is overwritten and the second writer chooses', async ({ browser }) => {
  const first = await contextAs(browser, 'reporter');
  const path = await autosavedStory(first.page, `双人编辑测试 ${run}`, '原来的第一段。');
  const second = await contextAs(browser, 'reporter');
  await second.page.goto(path);
  await expect(body(second.page)).toContainText('原来的第一段。');

  await body(first.page).click();
  await first.page.keyboard.press('End');
  await first.page.keyboard.type('甲补充的内容。');
  await expect(saveState(first.page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  await body(second.page).click();
  await second.page.keyboard.press('End');
  await second.page.keyboard.type('乙补充的内容。');
  const conflict = second.page.getByRole('alertdialog', { name: '他人已保存了这篇稿件' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(saveState(second.page)).toHaveAttribute('data-state', 'conflict');
  // Both versions, compared character by character: the other writer's struck, this writer's added.
  await expect(conflict.locator('del')).toHaveText('甲');
  await expect(conflict.locator('ins')).toHaveText('乙');
  await conflict.getByRole('button', { name: '保留我的版本' }).click();
  await expect(saveState(second.page)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // The version not kept is in the history, and can be compared and restored.
  await second.page.goto(`${path}/revisions`);
  await expect(second.page.getByTestId('revision')).toHaveCount(2);
  const diff = second.page.getByTestId('revision-diff');
  await expect(diff.locator('del')).toHaveText('甲');
  await expect(diff.locator('ins')).toHaveText('乙');
  second.page.once('dialog', (dialog) => dialog.accept());
  await second.page.getByRole('button', { name: /^恢复第 \d+ 版本$/ }).first().click();
  await expect(second.page.getByText('已恢复为新的版本；之前的版本仍在记录中。')).toBeVisible();
  await expect(second.page.getByTestId('revision')).toHaveCount(3);
  await second.page.goto(path);
  await expect(body(second.page)).toContainText('原来的第一段。甲补充的内容。');
  await expect(body(second.page)).not.toContainText('乙补充的内容。');
  await first.context.close();
  await second.context.close();
});

test('writing left unsaved in a closed tab is offered back', async ({ browser }) => {
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
  await expect(body(again)).not.toContainText('断网后写下的结尾。');
  const recovery = again.getByTestId('recovery');
  await expect(recovery).toContainText('未保存到服务器的修改');
  await recovery.getByRole('button', { name: '恢复这些修改' }).click();
  await expect(body(again)).toContainText('已保存的开头。断网后写下的结尾。');
  await expect(saveState(again)).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await again.reload();
  await expect(body(again)).toContainText('断网后写下的结尾。');
  await expect(again.getByTestId('recovery')).toHaveCount(0);
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
