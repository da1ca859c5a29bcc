import path from 'node:path';
import type { NextConfig } from 'next';
import { readerPageHeaderRules } from './lib/reader-cache';
import { securityHeaderRules } from './lib/security-headers';
import { sitemapRedirectRules, sitemapRewriteRules } from './lib/sitemap-paths';
import { SERVER_ACTION_BODY_LIMIT_MB } from './lib/server-action-limit';

function siteHost(): string[] {
  try {
    return process.env.SITE_URL ? [new URL(process.env.SITE_URL).host] : [];
  } catch {
    return [];
  }
}

// With REDIS_URL, every app server shares one cache of rendered pages
// (lib/cache/shared-cache-handler.mjs); read when the server starts, so one build
// runs with or without it.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.resolve(import.meta.dirname, 'lib/cache/shared-cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  ...sharedCache,
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'pg-boss', 'playwright-core'],
  poweredByHeader: false,
  // A cache in front of the app (nginx, a CDN) may serve a reader page at most
  // 10 minutes past its revalidation time while it fetches a fresh one; Next's
  // default of a year would let stale front pages linger after a publication.
  expireTime: 600,
  // Reader pages may be cached in front of the app for a second (lib/reader-cache.ts);
  // every response gets the security headers of lib/security-headers.ts.
  async headers() {
    return [...readerPageHeaderRules(), ...securityHeaderRules()];
  },
  // The front page is the default publication's latest issue, served (and cached)
  // by the publication route; see HOME_EDITION in lib/reader-paths.ts.
  // Sitemap files are served at the root (/sitemap-<n>.xml) by app/sitemaps/[file]; see lib/sitemap-paths.ts.
  async rewrites() {
    return { beforeFiles: [{ source: '/', destination: '/home-edition' }, ...sitemapRewriteRules()], afterFiles: [], fallback: [] };
  },
  async redirects() {
    return sitemapRedirectRules();
  },
  // forbidden() answers a wrong role with a real 403 page.
  experimental: {
    authInterrupts: true,
    // proxy.ts refuses larger bodies and foreign origins first, with 413 and 403
    // (lib/server-action-guard.ts); SITE_URL's host is this site's even behind a proxy
    // that rewrites Host.
    serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb`, allowedOrigins: siteHost() },
  },
};

export default nextConfig;
