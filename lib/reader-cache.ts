// How long a cache in front of the app (nginx, a CDN) may keep the reader
// site's pages. One second: readers must see a new issue within a second of
// its publication, and a purge would need to know every page an issue touches
// (front page, calendar, search results). Stale copies may be served for a
// while longer *while* the cache fetches a fresh one, so that under load only
// one request per page and second reaches the app. Set in next.config.ts;
// README, "Production", has the nginx configuration that honours it.

export const READER_PAGE_CACHE_CONTROL = 'public, s-maxage=1, stale-while-revalidate=600';

/**
 * Search results may be a minute old: they are not the edition itself, and there
 * are as many of them as there are words, so a one-second life would send the app
 * a render per word and second under load. A new issue shows in search within a
 * minute of its publication.
 */
export const READER_SEARCH_CACHE_CONTROL = 'public, s-maxage=60, stale-while-revalidate=600';

/**
 * The first path segments that are the app's own rather than a publication's.
 * Their pages are private to staff or set their own caching; a unit test checks
 * this list against the folders of app/.
 */
export const APP_TOP_LEVEL_SEGMENTS = ['newsroom', 'login', 'setup', 'api', 'media', 'print', 'sitemaps', 'sitemap.xml', 'robots.txt', 'home-edition', '_next', 'icon.svg', 'favicon.ico'];

const escape = (segment: string) => segment.replace(/[.\-]/g, '\\$&');
/** A publication's slug that is none of the app's own segments (path-to-regexp syntax). */
const PUBLICATION = `:publication((?!(?:${APP_TOP_LEVEL_SEGMENTS.map(escape).join('|')})(?:/|$))[a-z0-9-]{1,40})`;

/**
 * next.config.ts `headers()` rules for the reader's pages: the front page, a
 * publication's latest issue, search, calendar, issue, page and story. (Its
 * feed and its PDFs say their own: a header set here would override the route's.)
 */
export function readerPageHeaderRules() {
  const cacheControl = (value: string) => [{ key: 'Cache-Control', value }];
  const issue = `/${PUBLICATION}/:issue(\\d{1,7})`;
  const pages = ['/', `/${PUBLICATION}`, `/${PUBLICATION}/archive`, issue, `${issue}/:page(\\d{1,7})`, `${issue}/:page(\\d{1,7})/:article((?!pdf$)[A-Za-z0-9_-]{1,40})`];
  return [
    ...pages.map((source) => ({ source, headers: cacheControl(READER_PAGE_CACHE_CONTROL) })),
    { source: `/${PUBLICATION}/search`, headers: cacheControl(READER_SEARCH_CACHE_CONTROL) },
  ];
}
