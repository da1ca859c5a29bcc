// axe-core on the reader pages: no violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const READER_PAGES = ['/', '/wanghe/1203/2', '/wanghe/archive', '/wanghe/search?q=' + encodeURIComponent('湿地')];

for (const path of READER_PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}

test('axe finds no violations on a story', async ({ page }) => {
  await page.goto('/wanghe/1203/1');
  await page.getByRole('complementary', { name: '本版稿件' }).getByRole('link').first().click();
  await page.waitForURL(/\/wanghe\/1203\/1\/\w+$/);
  await expect(page.getByRole('article')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});
