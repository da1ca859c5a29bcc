// The story workflow in the browser: an editor marks a filed story edited and
// sends another back with a reason; the reporter sees the reason, edits and
// re-files; the desk filters by state and finds a story by a two-character word.
// Runs first (alphabetically) in the shared database, so it only moves stories it
// wrote itself and leaves the seeded ones alone.
import { expect, test, type Page } from '@playwright/test';
import { contextAs, nav } from './support/staff';

test.describe.configure({ mode: 'serial' });

const run = Date.now() % 100000;
const toEdit = { headline: `社区书屋延长开放时间 ${run}`, body: '书屋每晚开放到九点，篆刻兴趣班同步开课。' };
const toSendBack = { headline: `老街皮影戏周末开演 ${run}`, body: '三位老艺人带来传统剧目。' };
const reason = '请补充演出地点和时间';

async function writeAndFile(page: Page, story: { headline: string; body: string }) {
  await nav(page, '我的稿件').click();
  await page.getByRole('link', { name: '写新稿' }).click();
  await page.getByLabel('主题').fill(story.headline);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type(story.body);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
}

async function openFromDesk(page: Page, headline: string) {
  await nav(page, '稿库').click();
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByLabel('主题')).toHaveValue(headline);
}

test('a reporter files two stories', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await writeAndFile(page, toEdit);
  await writeAndFile(page, toSendBack);
  // Filed: the reporter has no more moves to make on it.
  await expect(page.getByRole('button', { name: '交稿' })).toHaveCount(0);
  await context.close();
});

test('an editor marks one story edited and sends the other back with a reason', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'editor');
  await openFromDesk(page, toEdit.headline);
  await page.getByRole('button', { name: '编辑完成' }).click();
  await expect(page.getByText('已标为编辑完成。')).toBeVisible();
  await expect(page.getByRole('button', { name: '送组版' })).toBeVisible();
  await expect(page.getByTestId('article-history')).toContainText('林晓雯');
  await expect(page.getByTestId('article-history')).toContainText('编辑完成');

  await openFromDesk(page, toSendBack.headline);
  await page.getByRole('button', { name: '退稿' }).click();
  await expect(page.getByText('请填写退稿原因。')).toBeVisible();
  await page.getByLabel('退稿原因').fill(reason);
  // Meanwhile the story moved on elsewhere: the refusal says so and keeps the reason typed.
  await page.evaluate(() => {
    const from = document.querySelector<HTMLInputElement>('form:has(textarea[name="reason"]) input[name="from"]');
    if (from) from.value = 'READY';
  });
  await page.getByRole('button', { name: '退稿' }).click();
  await expect(page.getByText('这篇稿件的状态刚刚被别人改变了')).toBeVisible();
  await expect(page.getByLabel('退稿原因')).toHaveValue(reason);
  await page.reload();
  await page.getByLabel('退稿原因').fill(reason);
  await page.getByRole('button', { name: '退稿' }).click();
  await expect(page.getByText('已退稿，作者会看到退稿原因。')).toBeVisible();
  await expect(page.getByTestId('article-history')).toContainText(`原因：${reason}`);
  await context.close();
});

test('the reporter sees the reason, edits the story and files it again', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await nav(page, '我的稿件').click();
  const row = page.getByRole('row', { name: new RegExp(toSendBack.headline) });
  await expect(row).toContainText('退稿');
  await row.getByRole('link').click();
  await expect(page.getByTestId('sent-back-reason')).toContainText(reason);

  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('演出在老街戏台，周六下午两点开始。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await expect(page.getByTestId('sent-back-reason')).toHaveCount(0);
  await expect(page.getByTestId('article-history')).toContainText(`原因：${reason}`);
  await context.close();
});

test('the desk filters by state and finds a story by a two-character word', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'editor');
  await nav(page, '稿库').click();
  await page.getByLabel('状态', { exact: true }).selectOption({ label: '已编辑' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=EDITED/);
  await expect(page.getByRole('link', { name: toEdit.headline })).toBeVisible();
  await expect(page.getByRole('link', { name: toSendBack.headline })).toHaveCount(0);
  for (const row of await page.getByRole('row').filter({ has: page.getByRole('link') }).all()) await expect(row).toContainText('已编辑');

  await page.getByRole('link', { name: '清除条件' }).click();
  // The fields show the cleared URL before anything is typed into them.
  await expect(page.getByLabel('状态', { exact: true })).toHaveValue('');
  await page.getByLabel('搜索').fill('篆刻');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/q=%E7%AF%86%E5%88%BB/);
  await expect(page.getByRole('link', { name: toEdit.headline })).toBeVisible();
  await expect(page.getByRole('link', { name: toSendBack.headline })).toHaveCount(0);

  // The re-filed story is found by a word the reporter added after it was sent back.
  await page.getByLabel('搜索').fill('戏台');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/q=%E6%88%8F%E5%8F%B0/);
  await expect(page.getByRole('link', { name: toSendBack.headline })).toBeVisible();

  // A bad filter in the URL is ignored with a message, not an error page.
  await page.goto('/newsroom/desk?status=NOPE&from=2024-02-30');
  const notice = page.getByRole('alert').filter({ hasText: '已忽略' });
  await expect(notice).toContainText('稿件状态无效');
  await expect(notice).toContainText('请填写有效的日期');
  await expect(page.getByRole('heading', { level: 1, name: '稿库' })).toBeVisible();
  await context.close();
});
