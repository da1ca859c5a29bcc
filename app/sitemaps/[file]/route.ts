import { urlsetXml } from '@/lib/domain/sitemap-chunks';
import { listSitemapEntries } from '@/lib/server/reader/sitemap';
import { siteUrl } from '@/lib/server/site-url';
import { shedsLoad } from '@/lib/busy-response';

/**
 * One file of the sitemap index (/sitemap.xml): published issues, pages and stories only.
 * Served as /sitemap-<n>.xml through a rewrite (lib/sitemap-paths.ts).
 */
async function get(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,5})\.xml$/.exec((await params).file);
  const entries = match ? await listSitemapEntries(Number(match[1])) : null;
  if (!entries) return new Response('Not found', { status: 404 });
  const origin = await siteUrl();
  return new Response(urlsetXml(entries.map((e) => ({ ...e, url: `${origin}${e.url}` }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}

export const GET = shedsLoad(get, { json: false });
