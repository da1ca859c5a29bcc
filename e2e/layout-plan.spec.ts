// The layout desk: an art editor draws a page template (版式) and saves it; a page
// editor drags a story onto a page, moves it with the keyboard, reorders, adds
// and removes pages; two page editors on one board see each other's changes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { contextAs, fileNewStory } from './support/staff';

test.describe.configure({ mode: 'serial' });
// Tall enough for a whole page of the template grid without scrolling mid-drag.
test.use({ viewport: { width: 1400, height: 1200 } });

const run = Date.now() % 100000;
const storyA = `版面拖放测试稿 ${run}`;
const storyB = `协同组版测试稿 ${run}`;
let boardUrl = '';

/** Drags with the mouse from the centre of one grid cell to another (1-based). */
async function dragCells(page: Page, grid: Locator, from: [number, number], to: [number, number]) {
  await grid.scrollIntoViewIfNeeded();
  const box = (await grid.boundingBox())!;
  const at = ([column, row]: [number, number]) => ({ x: box.x + ((column - 0.5) * box.width) / 6, y: box.y + ((row - 0.5) * box.height) / 8 });
  await page.mouse.move(at(from).x, at(from).y);
  await page.mouse.down();
  await page.mouse.move(at(to).x, at(to).y, { steps: 5 });
  await page.mouse.up();
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

test('an art editor draws a template on the grid and saves it; overlaps are refused', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'artEditor');
  await page.goto('/newsroom/templates');
  await expect(page.getByRole('heading', { level: 1, name: '版式' })).toBeVisible();
  const grid = page.getByTestId('template-grid');
  const notice = page.getByTestId('template-notice');

  await dragCells(page, grid, [1, 1], [3, 2]);
  await expect(notice).toContainText('已画出栏位“头条”：宽 3 栏，高 2 行。');
  // Drawn across the lead: refused, nothing added.
  await dragCells(page, grid, [4, 3], [2, 2]);
  await expect(notice).toContainText('栏位“二条”与“头条”重叠了');
  await expect(page.getByTestId('template-slot-二条')).toHaveCount(0);
  await dragCells(page, grid, [4, 1], [6, 4]);
  await expect(page.getByTestId('template-slot-二条')).toBeVisible();
  await page.getByLabel('栏位名称').fill('图片');
  await page.getByLabel('栏位类型').selectOption({ label: '图片' });
  await expect(page.getByTestId('template-slot-图片')).toContainText('图片');

  // The keyboard moves and resizes the selected slot, and refuses an overlap.
  const lead = page.getByTestId('template-slot-头条');
  await lead.focus();
  await page.keyboard.press('ArrowDown');
  await expect(notice).toContainText('“头条”在第 1 栏第 2 行，宽 3 栏高 2 行。');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(notice).toContainText('栏位“头条”与“图片”重叠了');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(notice).toContainText('“头条”在第 1 栏第 2 行，宽 3 栏高 3 行。');
  // Dragged by the mouse off the bottom of the page: refused.
  await dragCells(page, grid, [2, 3], [2, 8]);
  await expect(notice).toContainText('栏位“头条”超出了版心');
  await dragCells(page, grid, [5, 8], [6, 8]);
  await page.getByLabel('栏位名称').fill('服务栏');
  await page.getByLabel('栏位类型').selectOption({ label: '服务栏' });

  const name = `测试版式${run}`;
  await page.getByLabel('版式名称').fill(name);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '保存版式' }).click();
  await expect(page.getByText('版式已保存。').first()).toBeVisible();
  await expect(page).toHaveURL(/\?id=/);
  await page.reload();
  await expect(page.getByLabel('版式名称')).toHaveValue(name);
  await expect(page.getByTestId('template-slot-头条')).toHaveAttribute('aria-label', '头条（稿件），第 1 栏第 2 行，宽 3 栏高 3 行');
  await expect(page.getByTestId('template-slot-服务栏')).toBeVisible();

  // The server checks too: a tampered, overlapping layout is refused with the same message.
  await page.locator('input[name="slots"]').evaluate((input: HTMLInputElement) => {
    input.value = JSON.stringify([
      { name: 'A', kind: 'STORY', column: 1, row: 1, columns: 4, rows: 4 },
      { name: 'B', kind: 'STORY', column: 3, row: 3, columns: 2, rows: 2 },
    ]);
  });
  await page.getByRole('button', { name: '保存版式' }).click();
  await expect(page.getByText('栏位“B”与“A”重叠了，请移开或缩小。')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('template-slot-头条')).toBeVisible();
  await context.close();
});

test('a page editor drags a story onto a page and moves it with the keyboard', async ({ browser }) => {
  await fileNewStory(browser, storyA);
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto('/newsroom/issues/new');
  const number = await page.getByLabel('期号').inputValue();
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${number} 期`);
  boardUrl = page.url();
  await expect(page.getByTestId('fill-1')).toHaveText('已排 0/4 栏');

  await page.getByTestId('ready-story').filter({ hasText: storyA }).dragTo(page.getByTestId('thumb-1-头条'));
  await expect(page.getByTestId('thumb-1-头条')).toContainText(storyA);
  await expect(page.getByTestId('fill-1')).toHaveText('已排 1/4 栏');
  await expect(page.getByTestId('ready-story').filter({ hasText: storyA })).toHaveCount(0);

  // Keyboard only: choose the target slot in the list, then the button.
  const move = page.getByTestId('slot-1-头条').getByLabel('移到');
  await move.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(move.locator('option:checked')).toHaveText('第02版 头条（空）');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-notice')).toHaveText('稿件已移动。');
  await expect(page.getByTestId('thumb-2-头条')).toContainText(storyA);
  await expect(page.getByTestId('slot-2-头条')).toBeFocused();
  await expect(page.getByTestId('thumb-1-头条')).not.toContainText(storyA);

  // Taken off and placed again, keyboard only; focus stays on the slot, and the
  // live region says what happened. Each slot's controls are named after it.
  await page.getByRole('button', { name: `撤下第02版 头条的《${storyA}》`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('thumb-2-头条')).not.toContainText(storyA);
  await expect(page.getByTestId('board-notice')).toHaveText('稿件已撤下，回到待组版稿件。');
  await expect(page.getByTestId('slot-2-头条')).toBeFocused();
  const place = page.getByRole('combobox', { name: '待组版稿件：放入第02版 头条', exact: true });
  await place.focus();
  await page.keyboard.press('ArrowDown');
  await expect(place.locator('option:checked')).toHaveText(storyA);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '放入第02版 头条', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('thumb-2-头条')).toContainText(storyA);
  await expect(page.getByTestId('board-notice')).toHaveText('稿件已放入。');
  await expect(page.getByTestId('slot-2-头条')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('pages are reordered, added and removed; page numbers and 本期N版 follow', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  await page.goto(boardUrl);
  const titles = () => page.getByRole('region', { name: /^第\d\d版/ });
  await expect(titles()).toHaveCount(4);
  const names = async () => (await titles().evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))));
  const before = await names();

  // With the keyboard: page 2 (holding the story) one earlier.
  await page.getByRole('button', { name: `${before[1]}前移一版` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-notice')).toHaveText('版面已移到第 1 版，版号已重新排列。');
  const moved = [before[1], before[0], before[2], before[3]].map((t, i) => t!.replace(/^第\d\d版/, `第0${i + 1}版`));
  await expect.poll(names).toEqual(moved);
  await expect(page.getByTestId('thumb-1-头条')).toContainText(storyA);

  // By dragging: page 4 onto page 1.
  await page.getByTestId('page-handle-4').dragTo(page.getByTestId('page-handle-1'));
  await expect(page.getByTestId('board-notice')).toHaveText('版面已移到第 1 版，版号已重新排列。');
  await expect.poll(names).toEqual([moved[3], moved[0], moved[1], moved[2]].map((t, i) => t.replace(/^第\d\d版/, `第0${i + 1}版`)));
  await expect(page.getByTestId('thumb-2-头条')).toContainText(storyA);

  // A page added before page 2 from a template; 本期N版 follows.
  await page.getByLabel('版名', { exact: true }).fill('专版');
  await page.getByLabel('版式', { exact: true }).selectOption({ label: '内页·图片' });
  await page.getByLabel('位置').selectOption({ label: '放在第02版之前' });
  await page.getByRole('button', { name: '增加一版' }).click();
  await expect(page.getByText('已增加第 2 版，之后的版号已顺延。')).toBeVisible();
  await expect(page.getByText(/本期 5 版/)).toBeVisible();
  await expect(titles().nth(1)).toHaveAttribute('aria-label', '第02版：专版');
  await expect(page.getByTestId('thumb-3-头条')).toContainText(storyA);
  await expect(page.getByTestId('thumb-2-图片')).toBeVisible();

  // Removed again, after confirming.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '删除第02版：专版' }).click();
  await expect(page.getByTestId('board-notice')).toContainText('已删除原第 2 版');
  await expect(page.getByText(/本期 4 版/)).toBeVisible();
  await expect(page.getByTestId('thumb-2-头条')).toContainText(storyA);

  // Dragged back into the original order (later issues take their pages from this one).
  await page.getByTestId('page-handle-3').dragTo(page.getByTestId('page-handle-1'));
  await expect.poll(names).toEqual([moved[1], moved[3], moved[0], moved[2]].map((t, i) => t.replace(/^第\d\d版/, `第0${i + 1}版`)));
  await page.getByTestId('page-handle-2').dragTo(page.getByTestId('page-handle-4'));
  await expect.poll(names).toEqual(before);
  await expect(page.getByTestId('thumb-2-头条')).toContainText(storyA);
  await context.close();
});

test('two page editors on the same issue see each other\'s placements without reloading', async ({ browser }) => {
  await fileNewStory(browser, storyB);
  const first = await contextAs(browser, 'pageEditor');
  const second = await contextAs(browser, 'pageEditor2');
  await Promise.all([first.page.goto(boardUrl), second.page.goto(boardUrl)]);

  // The first places a story on page 1; the second's board shows it on its own.
  // The miniature shows only the headline (a slot's row also lists others in its move menu).
  const lead = (p: Page) => p.getByTestId('thumb-1-头条');
  await first.page.getByTestId('ready-story').filter({ hasText: storyB }).dragTo(first.page.getByTestId('thumb-1-头条'));
  await expect(lead(first.page)).toContainText(storyB);
  await expect(lead(second.page)).toContainText(storyB);
  await expect(second.page.getByTestId('ready-story').filter({ hasText: storyB })).toHaveCount(0);

  // The second swaps it with the story on page 2 by dragging; the first sees the swap.
  await second.page.getByTestId('thumb-1-头条').dragTo(second.page.getByTestId('thumb-2-头条'));
  await expect(second.page.getByTestId('board-notice')).toHaveText('两篇稿件已互换位置。');
  await expect(first.page.getByTestId('thumb-2-头条')).toContainText(storyB);
  await expect(lead(first.page)).toContainText(storyA);

  // The first takes one off by dragging it back to the ready list; the second sees it return.
  await first.page.getByTestId('thumb-1-头条').dragTo(first.page.getByTestId('ready-list').getByRole('heading'));
  await expect(first.page.getByTestId('board-notice')).toHaveText('稿件已撤下，回到待组版稿件。');
  await expect(lead(first.page)).not.toContainText(storyA);
  await expect(second.page.getByTestId('ready-story').filter({ hasText: storyA })).toHaveCount(1);
  await expect(second.page.getByTestId('fill-1')).toHaveText(/^已排 0\/\d 栏$/);
  await Promise.all([first.context.close(), second.context.close()]);
});

test('templates and the board refuse the wrong roles on the server', async ({ browser }) => {
  const reporter = await contextAs(browser, 'reporter');
  expect((await reporter.page.goto('/newsroom/templates'))?.status()).toBe(403);
  expect((await reporter.page.request.get(`${boardUrl}/version`)).status()).toBe(403);
  await reporter.context.close();

  // The chief editor reads templates but cannot change them; an art editor cannot plan pages.
  const chief = await contextAs(browser, 'chiefEditor');
  await chief.page.goto('/newsroom/templates');
  await expect(chief.page.getByText('您可以查看版式，但不能修改。')).toBeVisible();
  await expect(chief.page.getByRole('button', { name: '保存版式' })).toHaveCount(0);
  await chief.context.close();
  const art = await contextAs(browser, 'artEditor');
  await art.page.goto(boardUrl);
  await expect(art.page.getByTestId('thumbnail-1')).toBeVisible();
  await expect(art.page.getByRole('button', { name: '增加一版' })).toHaveCount(0);
  await expect(art.page.getByTestId('ready-list')).toHaveCount(0);
  await art.context.close();
});
