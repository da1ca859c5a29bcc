import { sitemapIndexXml } from '@/lib/domain/sitemap-chunks';
import { listSitemapChunks } from '@/lib/server/reader/sitemap';
import { siteUrl } from '@/lib/server/site-url';
import { shedsLoad } from '@/lib/busy-response';
import { sitemapFilePath } from '@/lib/sitemap-paths';

// A sitemap index, not one file: a large archive has far more than the
// 50,000 URLs a sitemap file may hold. The files are /sitemap-<n>.xml, at the root
// as the sitemaps.org location rule requires (lib/sitemap-paths.ts).
async function get() {
  const [origin, chunks] = await Promise.all([siteUrl(), listSitemapChunks()]);
  const files = [0, ...chunks.map((_, i) => i + 1)].map((n) => ({ url: `${origin}${sitemapFilePath(n)}` }));
  return new Response(sitemapIndexXml(files), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
  });
}

export const GET = shedsLoad(get, { json: false });
