// The Atom feed the app serves for the demo paper, checked by tools nobody here
// wrote: jing with RFC 4287's RELAX NG grammar and Debian's python3-feedparser
// (installed with apt when missing, as `npm run check:reader` does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFeed } from '@/scripts/check-reader/feed';
import { ensureCheckTools } from '@/scripts/check-reader/tools';

vi.stubEnv('SITE_URL', 'https://epaper.example.org');
// Called outside a request here: connection() (request time only, lib/server/site-url.ts) has nothing to wait for.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { GET } = await import('@/app/(public)/[publication]/feed.xml/route');

const work = mkdtempSync(path.join(tmpdir(), 'feed-validity-'));
let xml = '';

beforeAll(async () => {
  ensureCheckTools((line) => console.log(`[feed test] ${line}`));
  const response = await GET(new Request('https://epaper.example.org/wanghe/feed.xml'), { params: Promise.resolve({ publication: 'wanghe' }) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/atom+xml');
  xml = await response.text();
}, 300_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('the Atom feed', () => {
  it('is valid against RFC 4287 for jing and feedparser, with its entries', () => {
    const verdict = checkFeed(xml, work);
    expect(verdict.problems).toEqual([]);
    expect(verdict.parse.version).toBe('atom10');
    expect(verdict.parse.entries).toBeGreaterThan(5);
    expect(verdict.parse.feed_author).toBe(true);
  });

  it('would be caught without the category term or without any author', () => {
    const noTerm = checkFeed(xml.replace(/(<category\b[^>]*?) term="[^"]*"/g, '$1'), work);
    expect(noTerm.jingErrors.join('\n')).toMatch(/category.*term/);
    const noAuthors = checkFeed(xml.replace(/<author>[\s\S]*?<\/author>/g, ''), work);
    expect(noAuthors.jingErrors).toEqual([]);
    expect(noAuthors.problems.join('\n')).toMatch(/no feed author and \d+ entries without one/);
    const broken = checkFeed(xml.replace('</feed>', ''), work);
    expect(broken.parse.bozo).toBe(1);
  });
});
