// Page sign-off (签版): a page sent back with a reason pinned to a story, seen by
// the page editor at once; a proofreader's mark, seen and resolved.
import { expect, test } from '@playwright/test';
import { contextAs, nav } from './support/staff';

const PLANNED_ISSUE = 1204;
const STORY = '望河实验学校东坝校区9月正式招生';

test('a page sent back with a reason reaches the page editor; proof marks too', async ({ browser }) => {
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto('/newsroom/issues');
  await pageEditor.page.getByRole('link', { name: `第 ${PLANNED_ISSUE} 期` }).click();
  await expect(pageEditor.page.getByRole('heading', { level: 1 })).toContainText(`第 ${PLANNED_ISSUE} 期`);
  const boardUrl = pageEditor.page.url();
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();

  // A proofreader marks an error on page 2's proof without editing anything.
  const proofreader = await contextAs(browser, 'proofreader');
  await proofreader.page.goto(`${boardUrl}/pages/2`);
  await proofreader.page.getByRole('button', { name: '标记错误' }).click();
  await expect(proofreader.page.getByText('请写明错误。')).toBeVisible();
  await proofreader.page.getByLabel('错误说明').fill('版头日期字号偏小');
  await proofreader.page.getByRole('button', { name: '标记错误' }).click();
  await expect(proofreader.page.getByTestId('proof-marks-2')).toContainText('版头日期字号偏小');
  await expect(proofreader.page.getByRole('button', { name: '撤下' })).toHaveCount(0);
  await proofreader.context.close();

  // The chief editor signs page 2 and sends page 1 back, pinned to its lead story.
  const chief = await contextAs(browser, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${PLANNED_ISSUE} 期`) }).click();
  await chief.page.getByRole('button', { name: '签版', exact: true }).nth(1).click();
  await expect(chief.page.getByTestId('page-signature-2')).toContainText('已签版');
  await chief.page.getByRole('button', { name: '退回此版' }).first().click();
  await expect(chief.page.getByText('请填写退回原因。')).toBeVisible();
  await chief.page.getByLabel('本版退回原因').first().fill('头条导语过长，请压缩到两行');
  await chief.page.getByLabel('针对稿件（选填）').first().selectOption({ label: STORY });
  await chief.page.getByRole('button', { name: '退回此版' }).first().click();
  await expect(chief.page.getByTestId('page-signature-1')).toContainText('本版被退回：头条导语过长，请压缩到两行');
  await chief.context.close();

  // The page editor sees both on the board at once and marks the proofreader's note fixed.
  await pageEditor.page.reload();
  await expect(pageEditor.page.getByTestId('page-signature-1')).toContainText('本版被退回：头条导语过长，请压缩到两行');
  await expect(pageEditor.page.getByTestId('proof-marks-1')).toContainText(`《${STORY}》头条导语过长`);
  await expect(pageEditor.page.getByTestId('page-signature-2')).toContainText('已签版');
  await pageEditor.page.getByTestId('proof-marks-2').getByRole('button', { name: '已改' }).click();
  await expect(pageEditor.page.getByTestId('proof-marks-2').getByRole('button', { name: '已改' })).toHaveCount(0);
  await pageEditor.context.close();
});
