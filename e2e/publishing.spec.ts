// Scheduled publication: the chief editor schedules a signed-off issue a few
// seconds ahead; it is invisible until then and appears on its own.
import { expect, test } from '@playwright/test';
import { beijingDateTimeInput } from '@/lib/domain/calendar';
import { contextAs, fileNewStory, nav, signAllPages } from './support/staff';

test('a scheduled issue appears on its own at its time', async ({ browser, page }) => {
  const headline = `定时发布测试稿件 ${Date.now() % 100000}`;
  await fileNewStory(browser, headline);
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues/new');
  const number = await pageEditor.page.getByLabel('期号').inputValue();
  await pageEditor.page.getByRole('button', { name: '创建' }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${number} 期`);
  const lead = pageEditor.page.getByTestId('slot-1-头条');
  await lead.getByRole('combobox').selectOption({ label: headline });
  await lead.getByRole('button', { name: '放入' }).click();
  await expect(lead).toContainText(headline);
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();

  const chief = await contextAs(browser, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${number} 期`) }).click();
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();

  // A time already past is refused; the form keeps what was typed.
  await chief.page.getByLabel('发布时间（北京时间）').fill('2020-01-01T06:00');
  await chief.page.getByRole('button', { name: '定时发布' }).click();
  await expect(chief.page.getByText('发布时间必须晚于现在。')).toBeVisible();

  const publishAt = new Date(Date.now() + 8_000);
  await chief.page.getByLabel('发布时间（北京时间）').fill(beijingDateTimeInput(publishAt, { seconds: true }));
  await chief.page.getByRole('button', { name: '定时发布' }).click();
  await expect(chief.page.getByText(/已定时，将于 .* 发布。/)).toBeVisible();
  await chief.context.close();
  await pageEditor.context.close();

  // Not there before its time, by any address: pages, API, feed, sitemap, search.
  expect((await page.goto(`/wanghe/${number}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/v1/publications/wanghe/issues/${number}`)).status()).toBe(404);
  for (const path of ['/wanghe/feed.xml', '/sitemap.xml', '/api/v1/publications/wanghe/issues', `/wanghe/search?q=${encodeURIComponent('定时发布测试')}`]) {
    expect(await (await page.request.get(path)).text(), path).not.toContain(headline);
  }

  // Nobody clicks anything: it is simply there once the time has come.
  await expect
    .poll(async () => (await page.request.get(`/wanghe/${number}`)).status(), { timeout: 30_000, intervals: [1_000] })
    .toBe(200);
  await page.goto(`/wanghe/${number}`);
  await expect(page.getByRole('region', { name: '第01版：要闻' })).toContainText(headline);

  // And the newsroom records it as published (the server's publisher job).
  const chiefAgain = await contextAs(browser, 'chiefEditor');
  await chiefAgain.page.goto('/newsroom/issues');
  await expect
    .poll(async () => {
      await chiefAgain.page.reload();
      return chiefAgain.page.getByRole('row', { name: new RegExp(`第 ${number} 期`) }).innerText();
    }, { timeout: 30_000, intervals: [2_000] })
    .toContain('已发布');
  await chiefAgain.context.close();
});

test('a correction changes a published story and readers see the dated note', async ({ browser, page }) => {
  const headline = '首批19家企业入驻 聚焦智能制造与生物医药';
  const editor = await contextAs(browser, 'editor');
  await nav(editor.page, '稿库').click();
  await editor.page.getByRole('link', { name: headline }).click();
  await editor.page.getByRole('link', { name: '发布更正' }).click();
  await editor.page.getByLabel('引题').fill('东坝科技园二期正式开园');
  await editor.page.getByRole('button', { name: '发布更正' }).click();
  await expect(editor.page.getByText('请填写更正说明。')).toBeVisible();
  // The change typed before the refusal is still there.
  await expect(editor.page.getByLabel('引题')).toHaveValue('东坝科技园二期正式开园');
  await editor.page.getByLabel('更正说明').fill('引题中漏写“正式”二字，现予更正。');
  await editor.page.getByRole('button', { name: '发布更正' }).click();
  await expect(editor.page.getByText('更正已发布，读者现在可以看到。')).toBeVisible();
  await editor.context.close();

  await page.goto('/wanghe/search?q=' + encodeURIComponent('首批19家'));
  await page.getByRole('link', { name: /首批19家企业入驻/ }).first().click();
  await expect(page.getByRole('article')).toContainText('东坝科技园二期正式开园');
  await expect(page.getByTestId('corrections')).toContainText(/更正（\d{4}年\d{1,2}月\d{1,2}日）：引题中漏写“正式”二字，现予更正。/);
});
