import 'server-only';
import { connection } from 'next/server';
import { siteOrigin } from './site-url-config';

/**
 * The public origin for absolute links (feeds, sitemaps, robots.txt): SITE_URL,
 * never the request's headers (lib/server/site-url-config.ts). Read at request
 * time: `next build` needs no SITE_URL and bakes none into a prerendered file.
 */
export async function siteUrl(): Promise<string> {
  await connection();
  return siteOrigin();
}

/** `path` (`/wanghe/...`) on the public origin: always an absolute URL (og:image, JSON-LD). An absolute http(s) URL is kept. */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  // `//host/…` would be another site's address.
  if (!path.startsWith('/') || path.startsWith('//')) throw new RangeError(`Not a path on this site: ${JSON.stringify(path)}`);
  return new URL(`${siteOrigin()}${path}`).href;
}
