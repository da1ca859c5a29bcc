// The whole newsroom journey on real parts: a reporter writes and files a story,
// a page editor plans the next issue and places it on page 1, the chief editor
// sends it back once and then signs it off, and a visitor reads it online.
import { expect, test, type Page } from '@playwright/test';
import { chineseDate, chineseWeekday, lunarDateLine } from '@/lib/domain/calendar';
import { contextAs, nav, signAllPages } from './support/staff';

test.describe.configure({ mode: 'serial' });

const story = {
  columnLabel: '社区观察',
  kicker: '老旧小区加装电梯进入快车道',
  headline: `青石路三个小区新装电梯投入使用 ${Date.now() % 100000}`,
  subheadline: '——居民议事会全程参与方案讨论',
  bylines: '周明远',
  body: ['连日来，青石路片区三个老旧小区的12部新电梯陆续通过验收。', '“以前上下楼要歇三回，现在一按就到。”家住六层的居民说。'],
  credits: '通讯员 刘佳',
};

let issueNumber = 0;
let issueDate = '';
let boardUrl = '';

async function fillStory(page: Page) {
  await page.getByLabel('栏目').fill(story.columnLabel);
  await page.getByLabel('引题').fill(story.kicker);
  await page.getByLabel('主题').fill(story.headline);
  await page.getByLabel('副题').fill(story.subheadline);
  await page.getByLabel('记者').fill(story.bylines);
  await page.getByLabel('署名').fill(story.credits);
  const editor = page.getByRole('textbox', { name: '正文' });
  await editor.click();
  await page.keyboard.type(story.body[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type(story.body[1]);
}

test('a reporter writes a story, saves it, sees it in their list and files it', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'reporter');
  await nav(page, '我的稿件').click();
  await page.getByRole('link', { name: '写新稿' }).click();
  await fillStory(page);
  await expect(page.getByTestId('char-count')).toContainText('正文');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.getByLabel('主题')).toHaveValue(story.headline);

  await nav(page, '我的稿件').click();
  const row = page.getByRole('row', { name: new RegExp(story.headline) });
  await expect(row).toContainText('草稿');
  await row.getByRole('link').click();

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '交稿' }).click();
  await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  await nav(page, '我的稿件').click();
  await expect(page.getByRole('row', { name: new RegExp(story.headline) })).toContainText('已交稿');
  await context.close();
});

test('a page editor creates the next issue and places the story on page 1', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto('/newsroom/issues');
  const lastNumber = Math.max(...(await page.getByRole('row').allInnerTexts()).flatMap((t) => [...t.matchAll(/第 (\d+) 期/g)].map((m) => Number(m[1]))));
  await page.getByRole('link', { name: '新建一期' }).click();

  issueNumber = lastNumber + 1;
  await expect(page.getByLabel('期号')).toHaveValue(String(issueNumber));
  issueDate = await page.getByLabel('出版日期').inputValue();
  await expect(page.getByTestId('derived-date')).toHaveText(`${chineseWeekday(issueDate)} ${lunarDateLine(issueDate)}`);
  // Another date gives its weekday and lunar date at once.
  await page.getByLabel('出版日期').fill('2025-07-25');
  await expect(page.getByTestId('derived-date')).toHaveText('星期五 农历乙巳年闰六月初一');
  await page.getByLabel('出版日期').fill(issueDate);
  await expect(page.getByLabel('版名')).toHaveCount(4);
  await page.getByRole('button', { name: '创建' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${issueNumber} 期`);
  boardUrl = page.url();
  const lead = page.getByTestId('slot-1-头条');
  await lead.getByRole('combobox').selectOption({ label: story.headline });
  await lead.getByRole('button', { name: '放入' }).click();
  await expect(lead).toContainText(story.headline);

  await page.getByRole('link', { name: '版面预览' }).first().click();
  const proof = page.getByRole('region', { name: '第01版：要闻' });
  await expect(proof).toContainText('望河报');
  await expect(proof).toContainText(`第 ${issueNumber} 期`);
  await expect(proof).toContainText(lunarDateLine(issueDate));
  await expect(proof).toContainText(story.headline);
  await expect(proof).toContainText(story.kicker);
  await expect(proof).toContainText('本报讯（记者周明远）');
  await context.close();
});

test('the chief editor sends the issue back with a reason, and the page editor sees it', async ({ browser }) => {
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto(boardUrl);
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();

  const chief = await contextAs(browser, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${issueNumber} 期`) }).click();
  // Every page is there to read as it will appear.
  await expect(chief.page.getByRole('region', { name: /^第0\d版/ })).toHaveCount(4);
  await chief.page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(chief.page.getByText('请填写退回原因。')).toBeVisible();
  await chief.page.getByLabel('退回原因', { exact: true }).fill('头条标题请再压缩几个字');
  await chief.page.getByRole('button', { name: '退回', exact: true }).click();
  await expect(chief.page.getByText('已退回责任编辑。')).toBeVisible();

  await pageEditor.page.reload();
  await expect(pageEditor.page.getByTestId('sent-back-reason')).toContainText('头条标题请再压缩几个字');
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();
  await pageEditor.context.close();
  await chief.context.close();
});

test('the chief editor signs every page and the issue; a change withdraws the signature until signed again', async ({ browser }) => {
  const chief = await contextAs(browser, 'chiefEditor');
  await chief.page.goto('/newsroom/sign-off');
  await chief.page.getByRole('link', { name: new RegExp(`第 ${issueNumber} 期`) }).click();
  // 签发 is refused while pages are unsigned.
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('还有 4 个版面没有签版，不能签发。')).toBeVisible();
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();

  // The page editor changes page 1: its signature and the issue's sign-off are withdrawn, visibly.
  const pageEditor = await contextAs(browser, 'pageEditor');
  await pageEditor.page.goto(boardUrl);
  await expect(pageEditor.page.getByTestId('page-signature-1')).toContainText('已签版');
  const second = pageEditor.page.getByTestId('slot-1-二条');
  const other = await second.getByRole('combobox').locator('option').nth(1).innerText();
  await second.getByRole('combobox').selectOption({ label: other });
  await second.getByRole('button', { name: '放入' }).click();
  await expect(second).toContainText(other);
  await expect(pageEditor.page.getByTestId('page-signature-1')).toContainText('未签版');
  await expect(pageEditor.page.getByTestId('page-signature-2')).toContainText('已签版');
  await expect(pageEditor.page.getByText('待签发').first()).toBeVisible();

  await chief.page.reload();
  await expect(chief.page.getByTestId('signed-pages')).toHaveText('已签 3/4 版');
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();

  // Undo, then sign again: the undo puts it back into planning.
  await chief.page.getByLabel('撤销原因').fill('核对一处数字');
  await chief.page.getByRole('button', { name: '撤销签发' }).click();
  await expect(chief.page.getByText('策划中')).toBeVisible();
  await pageEditor.page.reload();
  await pageEditor.page.getByRole('button', { name: '送签' }).click();
  await expect(pageEditor.page.getByText('已送总编辑签发。')).toBeVisible();
  await chief.page.reload();
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();

  await chief.page.getByRole('button', { name: '立即发布' }).click();
  await expect(chief.page.getByText('已发布，读者现在可以看到本期。')).toBeVisible();
  await chief.context.close();
  await pageEditor.context.close();
});

test('a visitor reads the published issue: full masthead, pages, the story with every part', async ({ page }) => {
  await page.goto('/');
  const front = page.getByRole('region', { name: '第01版：要闻' });
  for (const text of [
    '望河报',
    'WANGHEBAO',
    '中共望河区委宣传部主办',
    '望河区融媒体中心出版',
    `第 ${issueNumber} 期`,
    '本期 4 版',
    chineseDate(issueDate),
    chineseWeekday(issueDate),
    lunarDateLine(issueDate),
    '示内资准字 0000—L0000号',
    'https://news.wanghe.example',
  ]) {
    await expect(front).toContainText(text);
  }
  await expect(page.getByRole('navigation', { name: '版面导航' }).getByRole('link')).toContainText(['第01版：要闻', '第02版：综合', '第03版：民生', '第04版：副刊']);

  await page.getByRole('complementary', { name: '本版稿件' }).getByRole('link', { name: story.headline }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  for (const part of [story.columnLabel, story.kicker, story.subheadline, '本报讯（记者周明远）', story.body[1], story.credits]) {
    await expect(article).toContainText(part);
  }
});
