import type { APIRequestContext } from '@playwright/test';

/** The sitemap files /sitemap.xml names, as paths (/sitemap-<n>.xml), and each one's text. */
export async function sitemapFiles(request: APIRequestContext): Promise<{ path: string; text: string }[]> {
  const index = await (await request.get('/sitemap.xml')).text();
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return Promise.all(paths.map(async (path) => ({ path, text: await (await request.get(path)).text() })));
}

/** /sitemap.xml is an index: the text of every sitemap file it names, joined. */
export async function wholeSitemap(request: APIRequestContext): Promise<string> {
  const index = await (await request.get('/sitemap.xml')).text();
  const files = await sitemapFiles(request);
  return [index, ...files.map((file) => file.text)].join('\n');
}
