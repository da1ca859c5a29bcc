// Every link the reader site hands to others (canonical, og:url, og:image, JSON-LD,
// robots.txt, sitemaps, the feed) is absolute and on SITE_URL, the public origin
// playwright.config.ts gives the server (the address these tests browse), whatever
// host a request names; and a production server without SITE_URL does not start.
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';

test('a story and its page name their addresses absolutely, on SITE_URL', async ({ page, baseURL }) => {
  const site = new URL(baseURL!).origin;
  const onSite = (url: string | null | undefined) => {
    expect(url, 'an absolute URL').toMatch(/^https?:\/\//);
    expect(new URL(url!).origin).toBe(site);
  };

  await page.goto('/wanghe/1203/1');
  const pageCanonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  onSite(pageCanonical);
  expect(new URL(pageCanonical!).pathname).toBe('/wanghe/1203/1');
  onSite(await page.locator('meta[property="og:url"]').getAttribute('content'));

  const storyPath = (await page.locator('main a[href^="/wanghe/1203/1/"]').first().getAttribute('href'))!;
  await page.goto(storyPath);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  onSite(canonical);
  expect(new URL(canonical!).pathname).toMatch(/^\/wanghe\/1203\/\d+\/[^/]+$/);
  const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
  expect(ogUrl).toBe(canonical);
  for (const image of await page.locator('meta[property="og:image"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))) onSite(image);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as { url: string; image?: string[] };
  expect(jsonLd.url).toBe(canonical);
  for (const image of jsonLd.image ?? []) onSite(image);
});

test('robots.txt, the sitemap and the feed link to SITE_URL, not to the host a request names', async ({ request, baseURL }) => {
  const site = new URL(baseURL!).origin;
  const forged = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
  const robots = await (await request.get('/robots.txt', { headers: forged })).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  expect(robots).not.toContain('evil.example');

  const index = await (await request.get('/sitemap.xml', { headers: forged })).text();
  const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locs.length).toBeGreaterThan(0);
  for (const loc of locs) expect(new URL(loc).origin).toBe(site);

  const feed = await (await request.get('/wanghe/feed.xml', { headers: forged })).text();
  const hrefs = [...feed.matchAll(/<link[^>]* href="([^"]+)"/g)].map((match) => match[1]);
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(new URL(href).origin).toBe(site);
  expect(feed).not.toContain('evil.example');
});

/** Runs the app server (`npm start`) on the e2e build in production with `siteUrl` as SITE_URL (or none); resolves with its exit code and output. */
function startWithout(siteUrl: string | undefined): Promise<{ code: number | null; output: string }> {
  const root = path.resolve(import.meta.dirname, '..');
  const port = Number(process.env.E2E_PORT ?? 3100) + 4;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  delete env.DATABASE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const server = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/app-server.ts', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    // A server that started anyway is stopped, and reported as still running (null).
    const timer = setTimeout(() => server.kill('SIGTERM'), 25_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a production server without a usable SITE_URL refuses to start, and says why', async () => {
  test.setTimeout(90_000);
  const missing = await startWithout(undefined);
  expect(missing.output).toContain('SITE_URL is not set');
  expect(missing.code).toBe(1);
  const relative = await startWithout('epaper.example.org');
  expect(relative.output).toContain('SITE_URL is not an absolute URL');
  expect(relative.code).toBe(1);
});
