// The pure parts of `npm run check:reader`: reading vnu's JSON report, the
// sitemaps.org location rule, robots.txt, the 404 page's needs, the feed verdict,
// Lighthouse's report and the table of targets with its exit code.
import { describe, expect, it } from 'vitest';
import { feedProblems, type FeedParse } from '@/scripts/check-reader/feed';
import { inlineScripts, scriptSources } from '@/scripts/check-reader/js-weight';
import { lighthouseFigures, medianRun, type LighthouseFigures } from '@/scripts/check-reader/lighthouse';
import { notFoundPageProblems } from '@/scripts/check-reader/not-found';
import { JS_LIMIT_BYTES, atLeast, below, exitCode, failed, formatTable, holds, info } from '@/scripts/check-reader/report';
import { offSite, outsideSitemapLocation, robotsSitemaps, sitemapLocs } from '@/scripts/check-reader/sitemaps';
import { parseVnuJson } from '@/scripts/check-reader/vnu';

// As vnu 26.9 prints it with --format json (two files, an error and a warning).
const vnuReport = JSON.stringify({
  version: '26.9.27 (c6ba02c)',
  messages: [
    { type: 'error', url: 'file:/tmp/check/page-1.html', lastLine: 1, message: 'Element “form” not allowed as child of element “span” in this context.', extract: '<span><form>' },
    { type: 'info', subType: 'warning', url: 'file:/tmp/check/page-2.html', lastLine: 1, message: 'Section lacks heading.' },
    { type: 'info', url: 'file:/tmp/check/page-2.html', message: 'Trailing slash on void elements has no effect.' },
    { type: 'error', url: 'file:/tmp/check/page-11.html', lastLine: 3, message: 'An “img” element must have an “alt” attribute.' },
  ],
});
const files = new Map([
  ['/tmp/check/page-1.html', 'front page'],
  ['/tmp/check/page-2.html', 'story'],
  ['/tmp/check/page-11.html', '404'],
]);

describe('vnu report', () => {
  it('counts errors and warnings per page, and drops plain info', () => {
    const pages = parseVnuJson(vnuReport, files);
    expect(pages.get('front page')!.errors.map((m) => m.message)).toEqual(['Element “form” not allowed as child of element “span” in this context.']);
    expect(pages.get('front page')!.warnings).toEqual([]);
    expect(pages.get('story')!.errors).toEqual([]);
    expect(pages.get('story')!.warnings.map((m) => m.message)).toEqual(['Section lacks heading.']);
    // page-11.html is not page-1.html.
    expect(pages.get('404')!.errors).toHaveLength(1);
  });

  it('lists every page, the clean ones with nothing', () => {
    const pages = parseVnuJson(JSON.stringify({ messages: [] }), files);
    expect([...pages.keys()]).toEqual(['front page', 'story', '404']);
    expect([...pages.values()].every((p) => p.errors.length === 0)).toBe(true);
  });

  it('counts a file vnu could not read as an error, and refuses a report it cannot read', () => {
    const pages = parseVnuJson(JSON.stringify({ messages: [{ type: 'non-document-error', url: 'file:/tmp/check/page-2.html', message: 'File not found.' }] }), files);
    expect(pages.get('story')!.errors).toHaveLength(1);
    expect(() => parseVnuJson('{}', files)).toThrow(/messages/);
    expect(() => parseVnuJson(JSON.stringify({ messages: [{ type: 'error', url: 'file:/elsewhere.html', message: 'x' }] }), files)).toThrow(/unknown file/);
  });
});

describe('the sitemaps.org location rule', () => {
  it('lets a file at the root list the whole site', () => {
    expect(outsideSitemapLocation('https://epaper.example.org/sitemap-1.xml', ['https://epaper.example.org/', 'https://epaper.example.org/wanghe/1203/2'])).toEqual([]);
  });

  it('keeps a file under /sitemaps/ to /sitemaps/', () => {
    const urls = ['https://epaper.example.org/sitemaps/a.html', 'https://epaper.example.org/wanghe/1203/1', 'https://epaper.example.org/sitemapsx/b'];
    expect(outsideSitemapLocation('https://epaper.example.org/sitemaps/1.xml', urls)).toEqual(['https://epaper.example.org/wanghe/1203/1', 'https://epaper.example.org/sitemapsx/b']);
  });

  it('keeps a file to its own scheme, host and port', () => {
    const urls = ['http://epaper.example.org/x', 'https://other.example.org/x', 'https://epaper.example.org:8443/x', 'not a url'];
    expect(outsideSitemapLocation('https://epaper.example.org/sitemap-0.xml', urls)).toEqual(urls);
  });

  it('keeps an index to sitemaps on its own site', () => {
    expect(offSite('https://epaper.example.org/sitemap.xml', ['https://epaper.example.org/deep/sitemap-1.xml', 'https://cdn.example.org/sitemap-2.xml'])).toEqual(['https://cdn.example.org/sitemap-2.xml']);
  });

  it('reads <loc> with entities, and the Sitemap lines of robots.txt', () => {
    expect(sitemapLocs('<urlset><url><loc> https://a.example/s?q=1&amp;p=2 </loc></url><url><loc>https://a.example/</loc></url></urlset>')).toEqual(['https://a.example/s?q=1&p=2', 'https://a.example/']);
    expect(robotsSitemaps('User-Agent: *\nAllow: /\n\nsitemap:  https://a.example/sitemap.xml\r\nHost: a\n')).toEqual(['https://a.example/sitemap.xml']);
    expect(robotsSitemaps('User-Agent: *\nDisallow: /api/\n')).toEqual([]);
  });
});

describe('the 404 page', () => {
  const good = '<html lang="zh-CN"><body><main><h1>页面不存在</h1><a href="/wanghe">返回望河报</a></main></body></html>';
  it('passes in Chinese, with one <main> and a way home', () => {
    expect(notFoundPageProblems(good, 'wanghe')).toEqual([]);
  });
  it('names each thing missing', () => {
    expect(notFoundPageProblems(good.replace('zh-CN', 'en'), 'wanghe')).toEqual(['lang="en"']);
    expect(notFoundPageProblems(good.replace(' lang="zh-CN"', ''), 'wanghe')).toEqual(['no lang']);
    expect(notFoundPageProblems(good.replace('<main>', '<main><main>'), 'wanghe')).toEqual(['2 <main>']);
    expect(notFoundPageProblems(good.replace('href="/wanghe"', 'href="/wanghe/archive"'), 'wanghe')).toEqual(['no link home']);
  });
});

describe('the feed verdict', () => {
  const clean: FeedParse = { bozo: 0, bozo_exception: '', version: 'atom10', entries: 24, feed_author: true, entries_without_author: [] };
  it('is clean when jing and feedparser are', () => {
    expect(feedProblems([], clean)).toEqual([]);
    // Every entry with an author makes a feed author unnecessary.
    expect(feedProblems([], { ...clean, feed_author: false })).toEqual([]);
  });
  it('reports jing errors, a bozo feed, another format and authorless entries in an authorless feed', () => {
    expect(feedProblems(['4:12: error: element "category" missing required attribute "term"'], clean)).toEqual(['jing: 4:12: error: element "category" missing required attribute "term"']);
    expect(feedProblems([], { ...clean, bozo: 1, bozo_exception: 'mismatched tag' })).toEqual(['feedparser: bozo (mismatched tag)']);
    expect(feedProblems([], { ...clean, version: 'rss20' })).toHaveLength(1);
    expect(feedProblems([], { ...clean, feed_author: false, entries_without_author: ['a', 'b'] })).toEqual(['RFC 4287 4.1.1: no feed author and 2 entries without one']);
  });
});

describe('JavaScript of a page', () => {
  const html = '<script src="/_next/a.js" async></script><script src="/_next/a.js"></script><script>self.__next_f.push([1])</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module">x()</script>';
  it('counts each script file once, and inline scripts but not data blocks', () => {
    expect(scriptSources(html, 'http://127.0.0.1:3730/wanghe')).toEqual(['http://127.0.0.1:3730/_next/a.js']);
    expect(inlineScripts(html)).toEqual(['self.__next_f.push([1])', 'x()']);
  });
});

describe('Lighthouse report', () => {
  const lhr = {
    categories: {
      performance: { score: 0.83, auditRefs: [] },
      accessibility: { score: 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }, { id: 'bypass', weight: 0 }] },
    },
    audits: { 'total-blocking-time': { score: 0.5, numericValue: 212.4 }, 'largest-contentful-paint': { score: 0.9, numericValue: 2401.6 }, 'color-contrast': { score: 0, details: { items: [{ node: { snippet: '<span class="text-neutral-400">空</span>' } }] } }, 'image-alt': { score: 1 }, bypass: { score: 0 } },
  };
  it('takes scores out of 100, times in ms and the failed weighted accessibility audits', () => {
    expect(lighthouseFigures(lhr)).toEqual({ performance: 83, accessibility: 96, tbtMs: 212, lcpMs: 2402, failedAudits: ['color-contrast'], failedNodes: { 'color-contrast': ['<span class="text-neutral-400">空</span>'] } });
  });
  it('refuses a report with a runtime error or without scores', () => {
    expect(() => lighthouseFigures({ ...lhr, runtimeError: { code: 'NO_FCP', message: 'no paint' } })).toThrow(/NO_FCP/);
    expect(() => lighthouseFigures({ ...lhr, categories: { ...lhr.categories, performance: { score: null, auditRefs: [] } } })).toThrow(/performance/);
  });
  it('takes the median run by performance', () => {
    const run = (performance: number) => ({ performance, accessibility: 100, tbtMs: 0, lcpMs: 0, failedAudits: [] }) as LighthouseFigures;
    expect(medianRun([run(90), run(70), run(99)]).performance).toBe(90);
    expect(medianRun([run(80)]).performance).toBe(80);
  });
});

describe('the table of targets', () => {
  it('holds each figure to its target, at the boundary too', () => {
    expect(atLeast('Lighthouse performance', 'story', 95, 95).pass).toBe(true);
    expect(atLeast('Lighthouse performance', 'story', 94, 95).pass).toBe(false);
    expect(below('Lighthouse TBT', 'story', 149, 150, ' ms').pass).toBe(true);
    expect(below('Lighthouse TBT', 'story', 150, 150, ' ms').pass).toBe(false);
    expect(JS_LIMIT_BYTES).toBe(50_000);
  });

  it('exits 1 when a target is missed, 0 when all are met or when only reporting', () => {
    const met = [holds('Nu HTML errors', 'story', true, '0', '0'), info('Lighthouse LCP', 'story', '900 ms')];
    const missed = [...met, atLeast('Lighthouse accessibility', 'story', 96, 100)];
    expect(exitCode(met, false)).toBe(0);
    expect(exitCode(missed, false)).toBe(1);
    expect(exitCode(missed, true)).toBe(0);
    expect(failed(missed).map((r) => r.check)).toEqual(['Lighthouse accessibility']);
  });

  it('prints one aligned line per figure, MISSED where a target is missed', () => {
    const table = formatTable([holds('Nu HTML errors', '第2版', false, '3', '0'), atLeast('Lighthouse performance', 'front page', 97, 95)]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^Nu HTML errors\s+第2版\s+3\s+0\s+MISSED$/);
    expect(table[3]).toMatch(/^Lighthouse performance\s+front page\s+97\s+≥ 95\s+ok$/);
    // Wide characters count twice: the columns line up in a terminal.
    expect(table[2].indexOf('3') - table[2].indexOf('第') + 2).toBe(table[3].indexOf('97') - table[3].indexOf('front'));
  });
});
