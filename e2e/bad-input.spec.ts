// Bad input gets a clear message in Chinese and loses nothing already saved or typed.
import { expect, test } from '@playwright/test';
import { contextAs } from './support/staff';

test('a story without a headline is refused and what was typed stays', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('引题').fill('引题保留');
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('正文也保留。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请填写主题（标题）。')).toBeVisible();
  await expect(page.getByLabel('引题')).toHaveValue('引题保留');
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('正文也保留。');
  // A headline of nothing but spaces is no headline either.
  await page.getByLabel('主题').fill('   ');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请填写主题（标题）。')).toBeVisible();
  await context.close();
});

test('an issue with a date that is not a date is refused', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto('/newsroom/issues/new');
  // Browsers' date pickers only produce dates; a hostile client can send anything.
  await page.getByLabel('出版日期').evaluate((input: HTMLInputElement) => {
    input.type = 'text';
  });
  await page.getByLabel('出版日期').fill('2024-02-30');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('请填写有效的日期，例如 2024-04-29。')).toBeVisible();
  await page.getByLabel('期号').fill('第一期');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByText('期号必须是正整数。')).toBeVisible();
  await context.close();
});

test('two page editors creating the same issue at once: one succeeds, the other is told', async ({ browser }) => {
  const first = await contextAs(browser, 'pageEditor');
  const second = await contextAs(browser, 'pageEditor2');
  await Promise.all([first.page.goto('/newsroom/issues/new'), second.page.goto('/newsroom/issues/new')]);
  const number = await first.page.getByLabel('期号').inputValue();
  await expect(second.page.getByLabel('期号')).toHaveValue(number);

  await Promise.all([first.page.getByRole('button', { name: '创建' }).click(), second.page.getByRole('button', { name: '创建' }).click()]);
  const outcomes = await Promise.all(
    [first.page, second.page].map(async (page) => {
      // Either the new issue's board or the refusal, nothing else.
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^第 ${number} 期`) }).or(page.getByRole('alert').filter({ hasText: /已经存在|已经有一期/ }))).toBeVisible();
      return page.url().includes('/issues/new') ? 'refused' : 'created';
    }),
  );
  expect([...outcomes].sort()).toEqual(['created', 'refused']);
  const refused = outcomes[0] === 'refused' ? first.page : second.page;
  await expect(refused.getByRole('alert').filter({ hasText: /已经存在|已经有一期/ })).toBeVisible();
  // The refused form keeps what was entered.
  await expect(refused.getByLabel('期号')).toHaveValue(number);
  await Promise.all([first.context.close(), second.context.close()]);
});

test('a story placed twice and a slot filled twice: the second is told', async ({ browser }) => {
  const first = await contextAs(browser, 'pageEditor');
  const second = await contextAs(browser, 'pageEditor2');
  // The second board must stay as it was loaded, as between two of its polls
  // for changes (every few seconds): the server, not the refresh, has to refuse.
  await second.page.route('**/newsroom/issues/*/version', (route) => route.abort());
  for (const { page } of [first, second]) {
    await page.goto('/newsroom/issues');
    await page.getByRole('link', { name: '第 1204 期' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('第 1204 期');
  }
  // Both see the same empty slot and the same ready story.
  const slotA = (p: typeof first.page) => p.getByTestId('slot-2-头条');
  const slotB = (p: typeof first.page) => p.getByTestId('slot-2-二条');
  const storyLabel = await slotA(first.page).getByRole('combobox').locator('option').nth(1).innerText();

  // Placing without choosing a story is refused with a message.
  await slotA(first.page).getByRole('button', { name: '放入' }).click();
  await expect(first.page.getByText('请先选择要放入的稿件。')).toBeVisible();

  await slotA(first.page).getByRole('combobox').selectOption({ label: storyLabel });
  await slotA(first.page).getByRole('button', { name: '放入' }).click();
  await expect(slotA(first.page)).toContainText(storyLabel);
  // The second editor's page is stale: same slot, then the same story elsewhere.
  const otherLabel = await slotA(second.page).getByRole('combobox').locator('option').nth(2).innerText();
  await slotA(second.page).getByRole('combobox').selectOption({ label: otherLabel });
  await slotA(second.page).getByRole('button', { name: '放入' }).click();
  await expect(second.page.getByText('这个栏位已经有稿件了。')).toBeVisible();
  await slotB(second.page).getByRole('combobox').selectOption({ label: storyLabel });
  await slotB(second.page).getByRole('button', { name: '放入' }).click();
  await expect(second.page.getByText('这篇稿件已经安排在版面上了。')).toBeVisible();

  // Tidy up: take the story off again.
  await first.page.reload();
  await slotA(first.page).getByRole('button', { name: '撤下' }).click();
  await expect(slotA(first.page).getByRole('button', { name: '撤下' })).toHaveCount(0);
  await Promise.all([first.context.close(), second.context.close()]);
});

test('a desk search over 100 characters, or with NUL, is refused with a message and what was typed stays', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'editor');
  await page.goto('/newsroom/desk');
  const typed = '社区'.repeat(60);
  await page.getByRole('searchbox', { name: '搜索' }).fill(typed);
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
  await expect(page.getByTestId('desk-query-refused')).toContainText('没有搜索：搜索词太长了（最多 100 字）');
  await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue(typed);
  await expect(page.getByRole('table')).toHaveCount(0);

  const response = await page.goto('/newsroom/desk?q=%E7%94%B5%00%E6%A2%AF');
  expect(response!.status()).toBe(200);
  await expect(page.getByTestId('desk-query-refused')).toContainText('无法识别的字符');
  await context.close();
});
