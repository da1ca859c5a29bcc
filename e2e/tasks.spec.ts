// 我的待办 in the browser: a reporter files a story, which waits for the editor in
// their task list; the editor opens it from there and sends it back with a reason;
// the reporter's count in the side bar goes up without a reload, the task list
// shows the story with who sent it back and why, and re-filing it clears it.
// The database is shared with the other specs: counts are compared with what they
// were, and the story is this run's own.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contextAs, nav } from './support/staff';

test.describe.configure({ mode: 'serial' });

const run = Date.now() % 100000;
const headline = `河堤步道夜间照明改造 ${run}`;
const reason = `请补充施工时间和绕行路线 ${run}`;

/** The side bar's 我的待办 link; its accessible name carries the count ("我的待办，3 项"). */
const tasksLink = (page: Page) => page.getByRole('navigation', { name: '采编中心' }).getByRole('link', { name: /^我的待办/ });

/** The count the side bar shows now (0 when it shows none). */
async function shownCount(page: Page): Promise<number> {
  const name = (await tasksLink(page).getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(name);
  return match ? Number(match[1]) : 0;
}

const expectCount = (page: Page, count: number) => expect(tasksLink(page)).toHaveAccessibleName(count === 0 ? '我的待办' : `我的待办，${count} 项`);

test('a story sent back reaches its author’s task list without a reload, and leaves it when filed again', async ({ browser }) => {
  const reporter = await contextAs(browser, 'reporter');
  const editor = await contextAs(browser, 'editor');

  // The reporter writes and files a story.
  await nav(reporter.page, '我的稿件').click();
  await reporter.page.getByRole('link', { name: '写新稿' }).click();
  await reporter.page.getByLabel('主题').fill(headline);
  await reporter.page.getByRole('textbox', { name: '正文' }).click();
  await reporter.page.keyboard.type('改造后步道全线亮灯到晚上十点。');
  await reporter.page.getByRole('button', { name: '保存' }).click();
  await expect(reporter.page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  reporter.page.once('dialog', (dialog) => dialog.accept());
  await reporter.page.getByRole('button', { name: '交稿' }).click();
  await expect(reporter.page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  const before = await shownCount(reporter.page);
  await expectCount(reporter.page, before);

  // The editor finds it waiting among the filed stories and opens it from the task list.
  await editor.page.goto('/newsroom');
  await tasksLink(editor.page).click();
  await expect(editor.page.getByRole('heading', { level: 1, name: '我的待办' })).toBeVisible();
  const waiting = editor.page.getByRole('region', { name: /待编辑的来稿/ });
  await expect(waiting.getByTestId('task-item').filter({ hasText: headline })).toContainText('周明远');
  await waiting.getByRole('link', { name: headline }).click();
  await expect(editor.page.getByLabel('主题')).toHaveValue(headline);
  await editor.page.getByLabel('退稿原因').fill(reason);
  await editor.page.getByRole('button', { name: '退稿' }).click();
  await expect(editor.page.getByText('已退稿，作者会看到退稿原因。')).toBeVisible();

  // The reporter's side bar counts it without a reload: the badge polls when the window regains focus.
  await reporter.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await reporter.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expectCount(reporter.page, before + 1);
  expect(await reporter.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The task list shows the story, who sent it back, when and why.
  await tasksLink(reporter.page).click();
  const sentBack = reporter.page.getByRole('region', { name: /退回给我的稿件/ });
  const item = sentBack.getByTestId('task-item').filter({ hasText: headline });
  await expect(item).toContainText(`退稿理由：${reason}`);
  await expect(item).toContainText('林晓雯 于');
  await expect(item).toContainText('退回');
  const violations = (await new AxeBuilder({ page: reporter.page }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations).toEqual([]);

  // Reopened and filed again: it leaves the list and the count.
  await item.getByRole('link', { name: headline }).click();
  await expect(reporter.page.getByTestId('sent-back-reason')).toContainText(reason);
  reporter.page.once('dialog', (dialog) => dialog.accept());
  await reporter.page.getByRole('button', { name: '交稿' }).click();
  await expect(reporter.page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await tasksLink(reporter.page).click();
  await expect(reporter.page.getByRole('heading', { level: 1, name: '我的待办' })).toBeVisible();
  await expect(reporter.page.getByText(headline)).toHaveCount(0);
  await expectCount(reporter.page, before);

  // The counts come from the server for whoever asks, never from a cache.
  const response = await reporter.page.request.get('/newsroom/tasks/counts');
  expect(response.headers()['cache-control']).toBe('no-store');
  expect((await response.json()).total).toBe(before);

  await reporter.context.close();
  await editor.context.close();
});
