// The sitemap on a real (embedded) PostgreSQL: published issues, their pages
// and stories, in files of whole issues; nothing planned or scheduled for later.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listSitemapChunks, listSitemapEntries } from '@/lib/server/reader/sitemap';
import { testDb } from '../support/actors';

// The handlers write absolute URLs on the configured public origin.
vi.stubEnv('SITE_URL', 'https://epaper.example.org');
// Called outside a request here: connection() (request time only, lib/server/site-url.ts) has nothing to wait for.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { GET: indexGet } = await import('@/app/sitemap.xml/route');
const { GET: fileGet } = await import('@/app/sitemaps/[file]/route');
afterAll(() => vi.unstubAllEnvs());

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));

const db = testDb();
afterAll(() => db.$disconnect());

const slug = `sitemap-test-${Date.now()}`;
const stories: Record<number, string> = {};

beforeAll(async () => {
  const authorId = (await db.staff.findFirstOrThrow({ select: { id: true } })).id;
  const publication = await db.publication.create({ data: { slug, name: '网站地图测试报', pageFormat: {} } });
  const states = [
    [1, 'PUBLISHED', null],
    [2, 'PUBLISHED', null],
    [3, 'PLANNING', null],
    [4, 'SCHEDULED', new Date(Date.now() + 86_400_000)],
  ] as const;
  for (const [number, status, publishAt] of states) {
    const issue = await db.issue.create({ data: { publicationId: publication.id, number, date: new Date(Date.UTC(2015, 0, number)), masthead: {}, pageFormat: {}, status, publishAt, publishedAt: status === 'PUBLISHED' ? new Date() : null } });
    for (const pageNumber of [1, 2]) {
      const page = await db.page.create({ data: { issueId: issue.id, number: pageNumber, name: '综合' } });
      const article = await db.article.create({ data: { headline: `第${number}期稿件`, body: { type: 'doc' }, authorId, publicationId: publication.id, status: status === 'PUBLISHED' ? 'PUBLISHED' : 'PLACED' } });
      const slot = await db.slot.create({ data: { pageId: page.id, name: '头条', column: 1, row: 1, columns: 6, rows: 4 } });
      await db.placement.create({ data: { slotId: slot.id, articleId: article.id } });
      stories[number * 10 + pageNumber] = article.id;
    }
  }
});

describe('sitemap', () => {
  it('lists published issues, their pages and stories, and nothing unpublished', async () => {
    const chunks = (await listSitemapChunks()).filter((c) => c.publicationSlug === slug);
    // Two published issues of 1 + 2 pages + 2 stories each.
    expect(chunks).toEqual([{ publicationSlug: slug, fromNumber: 1, toNumber: 2, urls: 10 }]);
    const index = (await listSitemapChunks()).findIndex((c) => c.publicationSlug === slug) + 1;
    const urls = (await listSitemapEntries(index))!.map((e) => e.url);
    expect(urls).toHaveLength(10);
    expect(urls).toContain(`/${slug}/1`);
    expect(urls).toContain(`/${slug}/2/2`);
    expect(urls).toContain(`/${slug}/2/2/${stories[22]}`);
    expect(urls.filter((u) => /\/(3|4)(\/|$)/.test(u.slice(slug.length + 1)))).toEqual([]);
    expect(urls.join(' ')).not.toContain(stories[31]);
    expect(urls.join(' ')).not.toContain(stories[41]);
  });

  it('has the front doors in file 0 and no file past the last', async () => {
    const roots = (await listSitemapEntries(0))!.map((e) => e.url);
    expect(roots).toContain('/');
    expect(roots).toContain(`/${slug}`);
    expect(await listSitemapEntries((await listSitemapChunks()).length + 1)).toBeNull();
  });

  it('serves its files at the root, each listing only URLs the sitemaps.org location rule allows it', async () => {
    const index = await indexGet(new Request('https://epaper.example.org/sitemap.xml'));
    const files = locs(await index.text());
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(file.origin).toBe('https://epaper.example.org');
      expect(file.pathname).toMatch(/^\/sitemap-\d+\.xml$/);
      const name = file.pathname.slice('/sitemap-'.length);
      const response = await fileGet(new Request(file), { params: Promise.resolve({ file: name }) });
      expect(response.status, file.pathname).toBe(200);
      // A file may list URLs only at or below its own folder: here, the whole site.
      const folder = file.pathname.slice(0, file.pathname.lastIndexOf('/') + 1);
      const urls = locs(await response.text());
      expect(urls.length, file.pathname).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.origin, url.href).toBe(file.origin);
        expect(url.pathname.startsWith(folder), `${url.pathname} in ${file.pathname}`).toBe(true);
      }
    }
  });
});
