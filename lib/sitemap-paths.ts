// Where the sitemap files live. The sitemaps.org protocol lets a sitemap file list
// only URLs at or below its own folder, so a file under /sitemaps/ could not list
// /wanghe/1203/1: the files are served at the root, /sitemap-<n>.xml, beside their
// index /sitemap.xml. Their handler stays app/sitemaps/[file]/route.ts, reached
// through a rewrite; the old /sitemaps/<n>.xml addresses redirect permanently.

/** The address of sitemap file `n` (0: the publications' front pages). */
export function sitemapFilePath(n: number): string {
  return `/sitemap-${n}.xml`;
}

const FILE_NUMBER = ':n(\\d{1,5})';

/** next.config.ts `rewrites().beforeFiles`: /sitemap-<n>.xml is served by app/sitemaps/[file]. */
export function sitemapRewriteRules() {
  return [{ source: `/sitemap-${FILE_NUMBER}.xml`, destination: '/sitemaps/:n.xml' }];
}

/** next.config.ts `redirects()`: the old addresses (and the handler's own) lead to the root ones. */
export function sitemapRedirectRules() {
  return [{ source: `/sitemaps/${FILE_NUMBER}.xml`, destination: '/sitemap-:n.xml', permanent: true }];
}
