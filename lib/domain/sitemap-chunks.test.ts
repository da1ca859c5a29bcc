import { describe, expect, it } from 'vitest';
import { sitemapChunks, sitemapIndexXml, urlsetXml } from './sitemap-chunks';

const issues = (slug: string, from: number, to: number, urls: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ publicationSlug: slug, number: from + i, urls }));

describe('sitemap chunks', () => {
  it('cuts twenty years of a daily into files of whole issues within the limit', () => {
    const chunks = sitemapChunks(issues('changhe', 1, 6000, 110));
    expect(chunks.every((c) => c.urls <= 50_000)).toBe(true);
    expect(chunks).toHaveLength(Math.ceil(6000 / Math.floor(50_000 / 110)));
    expect(chunks[0]).toMatchObject({ fromNumber: 1, toNumber: 454, urls: 454 * 110 });
    expect(chunks[1].fromNumber).toBe(455);
    expect(chunks.at(-1)!.toNumber).toBe(6000);
  });

  it('starts a new file for each publication, and a new issue changes only the last file', () => {
    const before = sitemapChunks([...issues('a', 1, 5, 10), ...issues('b', 1, 3, 10)], 30);
    expect(before.map((c) => [c.publicationSlug, c.fromNumber, c.toNumber])).toEqual([['a', 1, 3], ['a', 4, 5], ['b', 1, 3]]);
    const after = sitemapChunks([...issues('a', 1, 6, 10), ...issues('b', 1, 3, 10)], 30);
    expect(after.slice(0, 1)).toEqual(before.slice(0, 1));
    expect(after[1]).toMatchObject({ fromNumber: 4, toNumber: 6 });
  });

  it('writes escaped XML', () => {
    expect(urlsetXml([{ url: 'https://x.org/a?b=1&c=2', lastModified: new Date('2024-04-29T00:00:00Z') }])).toContain('<url><loc>https://x.org/a?b=1&amp;c=2</loc><lastmod>2024-04-29T00:00:00.000Z</lastmod></url>');
    expect(sitemapIndexXml([{ url: 'https://x.org/sitemaps/1.xml' }])).toContain('<sitemap><loc>https://x.org/sitemaps/1.xml</loc></sitemap>');
  });
});
