// The reader's route handlers on the real (embedded) PostgreSQL with the demo data:
// whole HTML documents with no script files, Chinese 404s for anything unpublished,
// one address for a story that jumps pages, and failures that say so in Chinese.
import { afterAll, describe, expect, it } from 'vitest';
import { issuePageRoute, publicationHomeRoute, searchRoute, storyRoute } from '@/components/reader/reader-routes';
import { readerRoute } from '@/components/reader/reader-response';
import { serviceUnavailable } from '@/lib/load-shedding';
import { testDb } from '../support/actors';

const db = testDb();
afterAll(() => db.$disconnect());

type Route<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
const get = <P>(route: Route<P>, path: string, params: P) => route(new Request(`http://localhost${path}`), { params: Promise.resolve(params) });

// A published demo issue with a page 2 (other files publish one-page issues of their own).
const published = () => db.issue.findFirstOrThrow({ where: { status: 'PUBLISHED', publication: { slug: 'wanghe' }, pages: { some: { number: 2 } } }, orderBy: { createdAt: 'asc' } });

describe('reader pages', () => {
  it('are whole Chinese documents that load no script files', async () => {
    const issue = await published();
    for (const response of [
      await get(publicationHomeRoute, '/', { publication: 'home-edition' }),
      await get(issuePageRoute, `/wanghe/${issue.number}/2`, { publication: 'wanghe', issue: String(issue.number), page: '2' }),
      await get(searchRoute, '/wanghe/search?q=%E6%B9%BF%E5%9C%B0', { publication: 'wanghe' }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-Hans-CN">/);
      expect(html).toContain(' - 望河报</title>');
      expect(html).toContain('<main id="main">');
      expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    }
  });

  it('answer an issue that is not published, and a story not on its page, with the Chinese 404', async () => {
    const planned = await db.issue.findFirstOrThrow({ where: { status: { not: 'PUBLISHED' }, publication: { slug: 'wanghe' } } });
    const issue = await published();
    for (const response of [
      await get(issuePageRoute, `/wanghe/${planned.number}`, { publication: 'wanghe', issue: String(planned.number) }),
      await get(storyRoute, `/wanghe/${issue.number}/1/nosuchstory`, { publication: 'wanghe', issue: String(issue.number), page: '1', article: 'nosuchstory' }),
      await get(publicationHomeRoute, '/nosuchpaper', { publication: 'nosuchpaper' }),
    ]) {
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('<h1 class="text-2xl font-bold">找不到页面</h1>');
      expect(html).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  it('send the continuation of a story that jumps pages to the page where it starts', async () => {
    const continuation = await db.placement.findFirstOrThrow({
      where: { part: 2, slot: { page: { issue: { status: 'PUBLISHED', publication: { slug: 'wanghe' } } } } },
      include: { slot: { include: { page: { include: { issue: true } } } } },
    });
    const start = await db.placement.findFirstOrThrow({ where: { articleId: continuation.articleId, part: 1 }, include: { slot: { include: { page: true } } } });
    const { issue } = continuation.slot.page;
    const response = await get(storyRoute, '/', { publication: 'wanghe', issue: String(issue.number), page: String(continuation.slot.page.number), article: continuation.articleId });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toMatch(new RegExp(`/wanghe/${issue.number}/${start.slot.page.number}/${continuation.articleId}$`));
    const whole = await get(storyRoute, '/', { publication: 'wanghe', issue: String(issue.number), page: String(start.slot.page.number), article: continuation.articleId });
    expect(whole.status).toBe(200);
  });
});

describe('a reader route that fails', () => {
  it('answers 503 with Retry-After when the data layer sheds load', async () => {
    const response = await get(readerRoute(async () => { throw serviceUnavailable(); }), '/wanghe', {});
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBeTruthy();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers anything else with the reader error page, never cached', async () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      const response = await get(readerRoute(async () => { throw new Error('boom'); }), '/wanghe', {});
      expect(response.status).toBe(500);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain('页面出错了');
      expect(html).toContain('href="/"');
      expect(html).not.toContain('boom');
    } finally {
      console.error = quiet;
    }
  });
});
