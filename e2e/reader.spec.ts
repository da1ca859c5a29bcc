// The digital edition for visitors: calendar, search, feed, sitemap, JSON API —
// and none of them shows anything unpublished.
import { expect, test } from '@playwright/test';
import { sitemapFiles, wholeSitemap } from './support/sitemap';
import { contextAs, signIn } from './support/staff';

/** The seeded issue being planned and the story placed on it (prisma/seed/demo.ts). */
const PLANNED_ISSUE = 1204;
const UNPUBLISHED_HEADLINE = '望河实验学校东坝校区9月正式招生';

test('the calendar of past issues links only the days that have an issue', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: '往期回顾' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('往期回顾');
  const issueDays = page.getByRole('table').getByRole('link');
  expect(await issueDays.count()).toBeGreaterThanOrEqual(1);
  const first = issueDays.first();
  const label = (await first.getAttribute('aria-label'))!;
  await first.click();
  await expect(page.getByRole('region', { name: '第01版：要闻' })).toContainText(/第 \d+ 期/);
  expect(label).toMatch(/第 \d+ 期/);
  // A month with no issues has no links at all, and a bad month falls back to the latest.
  await page.goto('/wanghe/archive?month=1999-01');
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(0);
  await page.goto('/wanghe/archive?month=<b>');
  await expect(page.getByRole('table')).toBeVisible();
});

test('every reader page is titled by its paper, not by the software', async ({ page }) => {
  const titled = async (path: string, title: RegExp) => {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
    expect(await page.title(), path).not.toContain('Masthead');
  };
  await titled('/', /^要闻 第01版 \d{4}年\d{1,2}月\d{1,2}日 - 望河报$/);
  await titled('/wanghe/1203', /^要闻 第01版 \d{4}年\d{1,2}月\d{1,2}日 - 望河报$/);
  await titled('/wanghe/1203/2', /^\S+ 第02版 \d{4}年\d{1,2}月\d{1,2}日 - 望河报$/);
  await titled('/wanghe/archive', /^往期回顾 - 望河报$/);
  await titled('/wanghe/search?q=%E6%B9%BF%E5%9C%B0', /^搜索 - 望河报$/);
  await titled('/qingxi', / - 清溪[报報]$/);
  await titled('/qingxi/archive', /^往期回顾 - 清溪报$/);
  // A story: its headline, then the paper.
  await page.goto('/wanghe/1203/1');
  await page.locator('a[href^="/wanghe/1203/1/"]').first().click();
  await expect(page.getByRole('article')).toBeVisible();
  const headline = (await page.getByRole('article').getByRole('heading', { level: 1 }).innerText()).trim();
  expect(await page.title()).toBe(`${headline} - 望河报`);
});

test('a reader page is plain HTML: no script files, only the swipe script inline, and it reads the same without JavaScript', async ({ request, browser }) => {
  for (const path of ['/', '/wanghe/1203/2', '/wanghe/archive', '/wanghe/search?q=%E6%B9%BF%E5%9C%B0']) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<script\b[^>]*\bsrc=/);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !m[1].includes('application/ld+json')).map((m) => m[2]);
    expect(inline.join('').length, path).toBeLessThan(2_000);
  }
  // Page to page and on to a story, with scripts off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // The demo's published issue (specs before this one publish issues with a single story).
  await page.goto('/wanghe/1203');
  await page.getByRole('navigation', { name: '翻版' }).getByRole('link', { name: /下一版/ }).click();
  await expect(page).toHaveURL(/\/wanghe\/1203\/2$/);
  await page.getByRole('complementary', { name: '本版稿件' }).getByRole('link').first().click();
  await expect(page.getByRole('article')).toBeVisible();
  await context.close();
});

test('search finds a two-character word across published issues and highlights it', async ({ page }) => {
  await page.goto('/wanghe/search');
  await page.getByRole('searchbox', { name: '搜索往期稿件' }).fill('湿地');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByRole('status')).toContainText(/找到 \d+ 篇稿件/);
  const results = page.getByRole('listitem');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator('mark').first()).toHaveText('湿地');
  await expect(results.first()).toContainText(/第 \d+ 期 · 第0\d版/);
  await results.first().getByRole('link').click();
  await expect(page.getByRole('article')).toContainText('湿地');

  // LIKE wildcards are matched literally: as a pattern this would match every story with 湿.
  await page.goto('/wanghe/search?q=' + encodeURIComponent('%_湿_%'));
  await expect(page.getByRole('status')).toContainText('没有找到');
  await page.goto('/wanghe/search?q=' + encodeURIComponent('长'.repeat(60)));
  await expect(page.getByText('搜索词最多 50 个字。')).toBeVisible();
});

test('the Atom feed, the sitemap and the JSON API serve published issues', async ({ request }) => {
  const feed = await request.get('/wanghe/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const atom = await feed.text();
  expect(atom).toContain('<feed');
  expect(atom).toContain('<entry>');
  // RFC 4287: every category has a term, and a feed-level author covers entries without a byline.
  const categories = atom.match(/<category\b[^>]*>/g) ?? [];
  expect(categories.length).toBeGreaterThan(0);
  for (const category of categories) expect(category).toMatch(/\bterm="[^"]+"/);
  expect(atom.slice(0, atom.indexOf('<entry>'))).toMatch(/<author>\s*<name>望河报<\/name>/);

  const index = await request.get('/sitemap.xml');
  expect(await index.text()).toContain('<sitemapindex');
  const sitemap = await wholeSitemap(request);
  expect(sitemap).toContain('/wanghe/1203/1');
  expect(sitemap).toMatch(/\/wanghe\/1203\/1\/[a-z0-9]+<\/loc>/);

  // sitemaps.org: a file may list only URLs at or below its own folder, so the files sit at the root.
  const files = await sitemapFiles(request);
  expect(files.length).toBeGreaterThanOrEqual(2);
  for (const file of files) {
    expect(file.path).toMatch(/^\/sitemap-\d+\.xml$/);
    expect(file.text, file.path).toContain('<urlset');
    for (const [, loc] of file.text.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(new URL(loc).pathname).toMatch(/^\//);
  }
  // The old addresses lead there for good.
  const old = await request.get('/sitemaps/1.xml', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()['location']).toBe('/sitemap-1.xml');
  expect((await request.get('/sitemap-99999.xml')).status()).toBe(404);
  // robots.txt names the index by its absolute address and keeps crawlers out of staff pages.
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  for (const path of ['/newsroom', '/api/', '/print', '/login', '/setup']) expect(rules).toContain(`Disallow: ${path}\n`);

  const publications = await (await request.get('/api/v1/publications')).json();
  expect(publications.publications[0]).toMatchObject({ slug: 'wanghe', name: '望河报' });
  const issues = await (await request.get('/api/v1/publications/wanghe/issues?limit=2')).json();
  expect(issues.issues).toHaveLength(2);
  expect(issues.next).toContain('before=');
  const issue = await (await request.get(issues.issues[0].url)).json();
  expect(issue.issue.masthead).toMatchObject({ name: '望河报', pageCount: expect.stringMatching(/本期 \d+ 版/) });
  expect(issue.issue.pages[0].stories.length).toBeGreaterThan(0);
  const page = await (await request.get(`/api/v1/publications/wanghe/issues/${issue.issue.number}/pages/1`)).json();
  expect(page.page.stories[0].body.type).toBe('doc');
  expect((await request.get('/api/v1/publications/wanghe/issues?limit=abc')).status()).toBe(400);
});

test('reader pages may be cached in front of the app for a second, search for a minute; staff pages never', async ({ request, browser }) => {
  for (const path of ['/', '/wanghe', '/wanghe/1203', '/wanghe/1203/1', '/wanghe/archive']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, s-maxage=1, stale-while-revalidate=600');
  }
  // Search results may be a minute old (lib/reader-cache.ts).
  expect((await request.get('/wanghe/search?q=%E7%A4%BE%E5%8C%BA')).headers()['cache-control']).toBe('public, s-maxage=60, stale-while-revalidate=600');
  expect((await request.get('/login')).headers()['cache-control']).toContain('private');
  const { context, page } = await contextAs(browser, 'pageEditor');
  for (const path of ['/newsroom', '/newsroom/issues']) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toMatch(/private|no-store/);
  }
  await context.close();
});

test('a missing issue, page or story gets a Chinese 404 with one main and a way back to the paper', async ({ request, page, browser }) => {
  for (const path of ['/wanghe/9999', '/wanghe/1203/99', '/qingxi/9999/1/nosuchstory', '/nosuchpaper', '/nosuchpaper/archive']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    // A 404 may be kept a second like the page it stands for (lib/reader-cache.ts), never longer.
    expect(response.headers()['cache-control'] ?? '', path).toMatch(/^(public, s-maxage=1, stale-while-revalidate=600|private, no-cache, no-store, max-age=0, must-revalidate)$/);
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', /^zh-(Hans-)?CN$/);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('找不到页面');
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toContainText('您要找的内容不存在或尚未发布。');
  }
  await page.getByRole('link', { name: '返回数字报首页' }).click();
  await expect(page).toHaveTitle(/ - 望河报$/);

  // An address no route matches is rendered on the server: readable without JavaScript.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  const response = await noScript.goto('/wanghe/1203/1/x/y/z');
  expect(response!.status()).toBe(404);
  expect(response!.headers()['cache-control']).toContain('no-store');
  await expect(noScript.locator('html')).toHaveAttribute('lang', /^zh-(Hans-)?CN$/);
  await expect(noScript.getByRole('main')).toHaveCount(1);
  await expect(noScript.getByRole('heading', { level: 1 })).toHaveText('找不到页面');
  await expect(noScript.getByRole('link', { name: '返回数字报首页' })).toHaveAttribute('href', '/');
  await context.close();
});

test('a search with NUL gets a friendly answer, never a 500, and any refusal of it is not cached as an error', async ({ request }) => {
  for (const q of ['%00', '%E7%A4%BE%00%E5%8C%BA', '%07']) {
    const response = await request.get(`/wanghe/search?q=${q}`);
    expect(response.status(), q).toBe(200);
    expect(await response.text(), q).toContain('搜索词里有无法识别的字符');
  }
  const repeated = await request.get('/wanghe/search?q=%E7%A4%BE%E5%8C%BA&q=x&page=2&page=3');
  expect(repeated.status()).toBe(200);
});

test('every page sends security headers; staff pages allow scripts by nonce only and refuse framing', async ({ request, browser }) => {
  for (const path of ['/', '/wanghe/1203/1', '/wanghe/search?q=%E7%A4%BE%E5%8C%BA', '/api/v1/publications', '/login']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy'], path).toContain("object-src 'none'");
  }
  // Cached reader pages cannot carry a per-request nonce (lib/security-headers.ts).
  expect((await request.get('/wanghe/1203/1')).headers()['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  const login = (await request.get('/login')).headers();
  expect(login['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(login['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(login['x-frame-options']).toBe('DENY');

  // The newsroom works under its policy: signing in, the board and the editor run their scripts, and nothing is refused.
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, 'reporter');
  const response = await page.goto('/newsroom');
  const policy = response!.headers()['content-security-policy'];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await page.goto('/newsroom/articles/new');
  await page.getByLabel('主题').fill('安全策略测试');
  await expect(page.getByText('有修改尚未保存').or(page.getByText('正在保存')).or(page.getByText(/已保存/)).first()).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('nothing unpublished leaks through search, feed, sitemap or API', async ({ request, page }) => {
  const search = await request.get('/wanghe/search?q=' + encodeURIComponent('实验学校'));
  expect(await search.text()).not.toContain(UNPUBLISHED_HEADLINE);
  for (const path of ['/wanghe/feed.xml', '/sitemap.xml', '/api/v1/publications/wanghe/issues?limit=100']) {
    const body = path === '/sitemap.xml' ? await wholeSitemap(request) : await (await request.get(path)).text();
    expect(body, path).not.toContain(UNPUBLISHED_HEADLINE);
    expect(body, path).not.toMatch(new RegExp(`/wanghe/${PLANNED_ISSUE}(/|"|<)`));
  }
  for (const path of [`/api/v1/publications/wanghe/issues/${PLANNED_ISSUE}`, `/api/v1/publications/wanghe/issues/${PLANNED_ISSUE}/pages/1`, '/api/v1/publications/nope/issues']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // Staff emails never appear on public pages or the API.
  await page.goto('/');
  await expect(page.locator('body')).not.toContainText('@masthead.local');
  expect(await (await request.get('/api/v1/publications/wanghe/issues/1203')).text()).not.toContain('@masthead.local');
});
