import 'server-only';
import { headers } from 'next/headers';

/** Where links point when the request names no usable host (a development server's address). */
const FALLBACK_HOST = 'localhost:3000';

/**
 * The public origin for absolute links (feeds, sitemaps, canonical URLs):
 * SITE_URL when set (production), else the host the request came to.
 */
export async function siteUrl(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, '');
  return originFromHeaders(await headers());
}

// A DNS name or IPv4 address (labels of letters, digits and hyphens) or a bracketed
// IPv6 address, with an optional port. Anything else — userinfo, paths, spaces,
// quotes, a second host — would put the client's text into our links.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const firstValue = (value: string | null) => value?.split(',')[0]?.trim() || null;

/**
 * The origin the request names in X-Forwarded-Proto/-Host or Host. These are the
 * client's words unless a proxy in front sets them, so only `http`/`https` and a
 * host that parses as hostname[:port] are taken; anything else falls back.
 */
export function originFromHeaders(requestHeaders: Headers): string {
  const proto = firstValue(requestHeaders.get('x-forwarded-proto'))?.toLowerCase();
  const protocol = proto === 'https' || proto === 'http' ? proto : 'http';
  const candidates = [firstValue(requestHeaders.get('x-forwarded-host')), firstValue(requestHeaders.get('host'))];
  const host = candidates.find((candidate): candidate is string => !!candidate && candidate.length <= 260 && HOST.test(candidate));
  return `${protocol}://${(host ?? FALLBACK_HOST).toLowerCase()}`;
}

/** `path` on SITE_URL when set; otherwise the path itself (for cached pages, which read no request). */
export function absoluteUrl(path: string): string {
  return process.env.SITE_URL ? `${process.env.SITE_URL.replace(/\/$/, '')}${path}` : path;
}
