import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/server/site-url';

// Read at request time: the sitemap's absolute address comes from SITE_URL (or the request's host).
export const dynamic = 'force-dynamic';

/** /robots.txt: the reader site is open to crawlers; staff, print and API addresses are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteUrl();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/newsroom', '/api/', '/print', '/login', '/setup'] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
