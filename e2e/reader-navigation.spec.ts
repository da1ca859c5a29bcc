// Reading the digital edition like the printed paper: hot zones on the page,
// page turning at the top of a phone's screen and by swiping, 上一篇/下一篇.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The seeded published issue the reader tests read (prisma/seed/demo.ts). */
const ISSUE = '/wanghe/1203';

const hotZones = (page: Page, pageNumber: number) => page.getByTestId(`newspaper-page-${pageNumber}`).locator('a.np-hot');
const slotOf = (link: Locator) => link.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " np-slot ")][1]');

/** A point well inside a story's slot, in its left column near the foot: nowhere near the headline. */
async function pointInStory(link: Locator) {
  const box = (await slotOf(link).boundingBox())!;
  return { x: box.x + box.width * 0.25, y: box.y + box.height * 0.8 };
}

test('every story on the printed page is one hot zone, named by its headline, leading to the story', async ({ page }) => {
  await page.goto(`${ISSUE}/2`);
  const zones = hotZones(page, 2);
  const count = await zones.count();
  expect(count).toBeGreaterThan(1);
  // One link per story: as many hot zones as stories listed beside the page, and one
  // link to a story in each slot (a jumped story's 下转/上接 line links to a page).
  await expect(page.getByRole('complementary', { name: '本版稿件' }).getByRole('link')).toHaveCount(count);
  const storyLinksPerSlot = await page
    .getByTestId('newspaper-page-2')
    .locator('.np-slot:has(a.np-hot)')
    .evaluateAll((slots) => slots.map((slot) => [...slot.querySelectorAll('a')].filter((a) => /^\/wanghe\/1203\/\d+\/[^/]+$/.test(a.getAttribute('href')!)).length));
  expect(storyLinksPerSlot).toEqual(Array(count).fill(1));

  const zone = zones.first();
  const headline = (await zone.getAttribute('aria-label'))!;
  await expect(page.getByRole('link', { name: headline, exact: true }).first()).toBeVisible();
  const point = await pointInStory(zone);
  // The text far below the headline belongs to the story's link…
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.getAttribute('aria-label') ?? null, point);
  expect(hit).toBe(headline);
  // …is lit when the pointer is over it…
  const outline = () => zone.evaluate((a) => getComputedStyle(a, '::after').outlineStyle);
  expect(await outline()).toBe('none');
  await page.mouse.move(point.x, point.y);
  await expect.poll(outline).toBe('solid');
  // …and a click there opens the story.
  await page.mouse.click(point.x, point.y);
  await page.waitForURL(/\/wanghe\/1203\/\d+\/\w+$/);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('a hot zone takes keyboard focus with a visible ring, and Enter opens its story', async ({ page }) => {
  await page.goto(`${ISSUE}/2`);
  await page.getByRole('heading', { level: 1 }).click();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('np-hot') ?? false);
  }
  expect(reached).toBe(true);
  const focused = page.locator('a.np-hot:focus-visible');
  await expect(focused).toHaveCount(1);
  const ring = await focused.evaluate((a) => {
    const after = getComputedStyle(a, '::after');
    const box = a.closest('.np-slot')!.getBoundingClientRect();
    // The ring is drawn by the zone itself (::after), stretched over the whole slot.
    return { drawn: after.content !== 'none', style: after.outlineStyle, width: after.outlineWidth, covers: Math.abs(parseFloat(after.height) - box.height) < 2 };
  });
  expect(ring).toEqual({ drawn: true, style: 'solid', width: '3px', covers: true });
  const headline = (await focused.getAttribute('aria-label'))!;
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/wanghe\/1203\/\d+\/\w+$/);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(headline);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('page navigation sits in the first screen: the page list, 往期, 搜索 and the next and previous pages', async ({ page }) => {
    await page.goto(`${ISSUE}/1`);
    const bar = page.getByRole('navigation', { name: '翻版' });
    const pageList = bar.locator('summary');
    await expect(pageList).toHaveText(/版面导航：第01版：要闻/);
    for (const control of [pageList, bar.getByRole('link', { name: '下一版' })]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    // The desktop's column of pages is not shown twice on a phone.
    await expect(page.getByRole('navigation', { name: '版面导航' })).toBeHidden();

    await pageList.click();
    await expect(bar.getByRole('link', { name: '往期回顾' })).toBeVisible();
    await expect(bar.getByRole('link', { name: '搜索' })).toBeVisible();
    await expect(bar.getByRole('link', { name: '第01版：要闻' })).toHaveAttribute('aria-current', 'page');
    await bar.getByRole('link', { name: /^第03版/ }).click();
    await page.waitForURL(/\/wanghe\/1203\/3$/);
    await expect(page.getByTestId('newspaper-page-3')).toBeVisible();
    // The list closes on the page it led to.
    await expect(bar.getByRole('link', { name: '往期回顾' })).toBeHidden();

    await page.getByRole('navigation', { name: '翻版' }).getByRole('link', { name: '下一版' }).click();
    await page.waitForURL(/\/wanghe\/1203\/4$/);
    await page.getByRole('navigation', { name: '翻版' }).getByRole('link', { name: '上一版' }).click();
    await page.waitForURL(/\/wanghe\/1203\/3$/);
  });

  test('axe finds no violations on a phone, with the page list open', async ({ page }) => {
    await page.goto(`${ISSUE}/2`);
    await page.getByRole('navigation', { name: '翻版' }).locator('summary').click();
    await expect(page.getByRole('navigation', { name: '翻版' }).getByRole('link', { name: '往期回顾' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  test('swiping the page left turns to the next page, right to the previous one', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (fromX: number, toX: number, y = 500, toY = y) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
      for (let step = 1; step <= 5; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * step) / 5, y: y + ((toY - y) * step) / 5 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await page.goto(`${ISSUE}/2`);
    await expect(page.getByTestId('newspaper-page-2')).toBeVisible();

    // Mostly down, or too short: a scroll, not a turn.
    await swipe(300, 250, 600, 300);
    await swipe(300, 270);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/wanghe/1203/2');

    await swipe(330, 60);
    await page.waitForURL(/\/wanghe\/1203\/3$/);
    await expect(page.getByTestId('newspaper-page-3')).toBeVisible();
    await swipe(60, 330);
    await page.waitForURL(/\/wanghe\/1203\/2$/);
    await expect(page.getByTestId('newspaper-page-2')).toBeVisible();
  });
});

test('上一篇/下一篇 walk the stories of a page in order, then on to the next page', async ({ page }) => {
  // The order to expect: the stories starting on page 1, as laid out, then page 2's first.
  const startingOn = async (pageNumber: number) => {
    await page.goto(`${ISSUE}/${pageNumber}`);
    const zones = hotZones(page, pageNumber);
    const names: string[] = [];
    for (let i = 0; i < (await zones.count()); i++) {
      const zone = zones.nth(i);
      if ((await zone.getAttribute('href'))!.startsWith(`${ISSUE}/${pageNumber}/`)) names.push((await zone.getAttribute('aria-label'))!);
    }
    return names;
  };
  const secondPageFirst = (await startingOn(2))[0];
  const firstPage = await startingOn(1);
  expect(firstPage.length).toBeGreaterThan(1);

  const turn = () => page.getByRole('navigation', { name: '上一篇和下一篇' });
  const headline = () => page.getByRole('article').getByRole('heading', { level: 1 });
  await hotZones(page, 1).first().click();
  await expect(headline()).toHaveText(firstPage[0]);
  // The issue's first story has nothing before it.
  await expect(turn().getByRole('link', { name: /上一篇/ })).toHaveCount(0);
  for (const next of firstPage.slice(1)) {
    await expect(turn().getByRole('link', { name: /下一篇/ })).toContainText(next);
    await turn().getByRole('link', { name: /下一篇/ }).click();
    await expect(headline()).toHaveText(next);
  }
  // At the page's end 下一篇 goes on to the next page's first story, and says which page.
  const onward = turn().getByRole('link', { name: /下一篇/ });
  await expect(onward).toContainText('第02版');
  await expect(onward).toContainText(secondPageFirst);
  await onward.click();
  await expect(headline()).toHaveText(secondPageFirst);
  await turn().getByRole('link', { name: /上一篇/ }).click();
  await expect(headline()).toHaveText(firstPage.at(-1)!);
  await expect(page).toHaveURL(/\/wanghe\/1203\/1\/\w+$/);
});
