import type { APIRequestContext } from '@playwright/test';

/** /sitemap.xml is an index: the text of every sitemap file it names, joined. */
export async function wholeSitemap(request: APIRequestContext): Promise<string> {
  const index = await (await request.get('/sitemap.xml')).text();
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const texts = await Promise.all(files.map(async (file) => (await request.get(file)).text()));
  return [index, ...texts].join('\n');
}
