// The site's public origin (SITE_URL), which every absolute link is built on:
// canonical URLs, og:url, JSON-LD, the feed, sitemaps and robots.txt. Request
// headers are never trusted for it (Host and X-Forwarded-* are the client's words
// unless a proxy sets them), so a production server refuses to start without it.
// No `server-only`: instrumentation.ts and the tests import it.

/** The environment, or any set of variables (tests). */
type Env = Record<string, string | undefined>;

export class SiteUrlError extends Error {
  constructor(problem: string) {
    super(`SITE_URL ${problem}. Set it to the address readers use, e.g. SITE_URL=https://epaper.example.org (see README, "Production").`);
    this.name = 'SiteUrlError';
  }
}

/** SITE_URL as an origin (`https://epaper.example.org`, no path, no slash at the end), or what is wrong with it. */
export function parseSiteUrl(value: string | undefined): { origin: string } | { problem: string } {
  const text = value?.trim();
  if (!text) return { problem: 'is not set' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: `is not an absolute URL (it is ${JSON.stringify(value)})` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `must start with http:// or https:// (it is ${JSON.stringify(value)})` };
  if (url.username || url.password) return { problem: 'must not name a user or password' };
  // The app is served at the root of its host (no basePath): a path would put every link in the wrong place.
  if (url.pathname !== '/' || url.search || url.hash) return { problem: `must be an origin without a path, query or fragment (it is ${JSON.stringify(value)})` };
  return { origin: url.origin };
}

/** Where a development server (`next dev`) is, when SITE_URL is not set. */
function developmentOrigin(env: Env): string {
  return `http://localhost:${env.PORT || 3000}`;
}

/**
 * The public origin: SITE_URL. A development or test process without it uses
 * http://localhost:<PORT>; a production one throws (it should not have started:
 * checkSiteUrlAtStart).
 */
export function siteOrigin(env: Env = process.env): string {
  const parsed = parseSiteUrl(env.SITE_URL);
  if ('origin' in parsed) return parsed.origin;
  if (env.NODE_ENV !== 'production') return developmentOrigin(env);
  throw new SiteUrlError(parsed.problem);
}

/**
 * At server start (instrumentation.ts): a production server without a usable
 * SITE_URL prints why and exits, rather than building links from whatever Host a
 * request names. Elsewhere (next dev) it says which address links use instead.
 */
export function checkSiteUrlAtStart(env: Env = process.env): void {
  const parsed = parseSiteUrl(env.SITE_URL);
  if ('origin' in parsed) return;
  const error = new SiteUrlError(parsed.problem);
  if (env.NODE_ENV === 'production') {
    console.error(`[site] ${error.message}`);
    process.exit(1);
  }
  console.warn(`[site] SITE_URL ${parsed.problem}: links use ${developmentOrigin(env)} while developing.`);
}
