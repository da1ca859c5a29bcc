import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { sitemapFilePath, sitemapRedirectRules, sitemapRewriteRules } from './sitemap-paths';

/** The path a rule sends `pathname` to, matching as Next.js does, or null. */
function destinationOf(rules: { source: string; destination: string }[], pathname: string): string | null {
  for (const rule of rules) {
    const params = getPathMatch(rule.source)(pathname);
    if (params) return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
  }
  return null;
}

describe('sitemap file addresses', () => {
  it('sit at the root, beside the index, as the sitemaps.org location rule requires', () => {
    expect(sitemapFilePath(0)).toBe('/sitemap-0.xml');
    expect(sitemapFilePath(12).split('/')).toHaveLength(2);
  });

  it('are served by the sitemap handler, and only numbered files are', () => {
    expect(destinationOf(sitemapRewriteRules(), '/sitemap-0.xml')).toBe('/sitemaps/0.xml');
    expect(destinationOf(sitemapRewriteRules(), sitemapFilePath(12))).toBe('/sitemaps/12.xml');
    for (const other of ['/sitemap.xml', '/sitemap-x.xml', '/sitemap-1.xml/extra', '/sitemap-123456.xml', '/wanghe/sitemap-1.xml']) {
      expect(destinationOf(sitemapRewriteRules(), other), other).toBeNull();
    }
  });

  it('redirect the old /sitemaps/<n>.xml addresses to the root ones', () => {
    expect(sitemapRedirectRules().every((rule) => rule.permanent)).toBe(true);
    expect(destinationOf(sitemapRedirectRules(), '/sitemaps/3.xml')).toBe(sitemapFilePath(3));
    expect(destinationOf(sitemapRedirectRules(), '/sitemaps/x.xml')).toBeNull();
  });
});
