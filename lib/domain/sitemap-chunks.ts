// A sitemap file may list at most 50,000 URLs (sitemaps.org), and twenty
// years of a daily paper has some 600,000 stories. The archive is cut into
// files of whole issues, oldest first, so that publishing a new issue only
// ever changes the last file of its publication.

export const SITEMAP_URL_LIMIT = 50_000;

export type IssueUrlCount = { publicationSlug: string; number: number; urls: number };
export type SitemapChunk = { publicationSlug: string; fromNumber: number; toNumber: number; urls: number };

/** Consecutive issues of one publication per chunk, each chunk within `limit` URLs. Input in publication, then number order. */
export function sitemapChunks(issues: IssueUrlCount[], limit = SITEMAP_URL_LIMIT): SitemapChunk[] {
  const chunks: SitemapChunk[] = [];
  for (const issue of issues) {
    const current = chunks.at(-1);
    if (current && current.publicationSlug === issue.publicationSlug && current.urls + issue.urls <= limit) {
      current.toNumber = issue.number;
      current.urls += issue.urls;
    } else {
      // An issue is never split: even the largest paper prints far fewer than 50,000 stories a day.
      chunks.push({ publicationSlug: issue.publicationSlug, fromNumber: issue.number, toNumber: issue.number, urls: issue.urls });
    }
  }
  return chunks;
}

export type SitemapEntry = { url: string; lastModified?: Date | null };

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(entries: SitemapEntry[]): string {
  const maps = entries.map((e) => `<sitemap><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join('\n')}\n</sitemapindex>\n`;
}
