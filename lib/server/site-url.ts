import 'server-only';
import { headers } from 'next/headers';

/**
 * The public origin for absolute links (feeds, sitemaps, canonical URLs):
 * SITE_URL when set (production), else the host the request came to.
 */
export async function siteUrl(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, '');
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3000';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}`;
}

/** `path` on SITE_URL when set; otherwise the path itself (for cached pages, which read no request). */
export function absoluteUrl(path: string): string {
  return process.env.SITE_URL ? `${process.env.SITE_URL.replace(/\/$/, '')}${path}` : path;
}
