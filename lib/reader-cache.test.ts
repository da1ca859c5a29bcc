import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { APP_TOP_LEVEL_SEGMENTS, READER_PAGE_CACHE_CONTROL, READER_SEARCH_CACHE_CONTROL, readerPageHeaderRules } from './reader-cache';

/** The Cache-Control Next.js would give `pathname` by these rules (the last matching one wins), matching as it does. */
const cacheControlOf = (pathname: string) =>
  readerPageHeaderRules()
    .filter((rule) => getPathMatch(rule.source)(pathname) !== false)
    .map((rule) => rule.headers[0].value)
    .at(-1);
const publicCache = (pathname: string) => cacheControlOf(pathname) !== undefined;

/** The app's own first path segments: folders of app/ (route groups opened) that are not dynamic. */
function appSegments(dir = path.resolve(import.meta.dirname, '../app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('(') && entry.isDirectory()) return appSegments(path.join(dir, entry.name));
    if (entry.name.startsWith('[') || entry.name.startsWith('_')) return [];
    if (entry.isDirectory()) return [entry.name];
    // Metadata files: icon.svg is served by its name, robots.ts as /robots.txt.
    if (/^robots\.(ts|tsx|js|txt)$/.test(entry.name)) return ['robots.txt'];
    return /^(icon|favicon)\./.test(entry.name) ? [entry.name] : [];
  });
}

describe('the reader pages cache policy', () => {
  it('applies to the front page and to every page of a publication', () => {
    for (const pathname of ['/', '/chaoyang', '/chaoyang/search', '/chaoyang/archive', '/chaoyang/1204', '/chaoyang/1204/2', '/chaoyang/1204/2/cm123']) {
      expect(publicCache(pathname), pathname).toBe(true);
    }
    expect(cacheControlOf('/chaoyang/1204/2')).toBe(READER_PAGE_CACHE_CONTROL);
    expect(READER_PAGE_CACHE_CONTROL).toMatch(/^public, s-maxage=1\b/);
    expect(cacheControlOf('/chaoyang/search')).toBe(READER_SEARCH_CACHE_CONTROL);
  });

  it('never applies to the newsroom, sign-in, API, media or print pages, nor to the PDFs (they say their own)', () => {
    for (const pathname of ['/chaoyang/feed.xml', '/chaoyang/1204/2/pdf', '/chaoyang/1204/pdf', '/print/reader/chaoyang/1204', '/chaoyang/1204/2/cm123/extra', '/newsroom', '/newsroom/articles/new', '/newsroom/issues/1204', '/login', '/setup', '/api/auth/session', '/api/v1/publications', '/media/x/480.webp', '/print/issues/x', '/sitemaps/1.xml', '/home-edition', '/_next/static/x.js']) {
      expect(publicCache(pathname), pathname).toBe(false);
    }
  });

  it('knows every top-level folder of the app', () => {
    const missing = appSegments().filter((segment) => !APP_TOP_LEVEL_SEGMENTS.includes(segment));
    expect(missing, 'add these to APP_TOP_LEVEL_SEGMENTS, or newsroom pages could be cached publicly').toEqual([]);
  });
});
