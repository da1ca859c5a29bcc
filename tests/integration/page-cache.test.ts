// The app server's page cache (lib/server/page-cache) in front of a stand-in for
// Next.js that counts its renders, on a real HTTP server; and two servers' caches
// following reader changes through the real database.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryPageCache } from '@/lib/server/page-cache/memory-page-cache';
import { serveWithPageCache } from '@/lib/server/page-cache/serve-from-page-cache';
import { createProcessPageCache } from '@/lib/server/page-cache/process-page-cache';
import { followReaderChanges } from '@/lib/server/page-cache/follow-reader-changes';

// Next's own cache cannot be revalidated outside a request; what is tested here is the page cache.
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { readerPagesChanged } = await import('@/lib/server/reader-pages-changed');

const READER = 'public, s-maxage=1, stale-while-revalidate=600';
let renders: string[] = [];
let headersFor: (url: string) => Record<string, string> = () => ({ 'cache-control': READER });
let delayMs = 0;
let cache: MemoryPageCache;
let clock = 1_000_000;
let server: Server;
let base: string;

/** Answers like a Next.js route: headers set one by one, the body written in pieces. */
async function standInForNext(request: IncomingMessage, response: ServerResponse) {
  renders.push(request.url!);
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  response.statusCode = request.url!.includes('missing') ? 404 : 200;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  for (const [name, value] of Object.entries(headersFor(request.url!))) response.setHeader(name, value);
  // Next sends the headers first.
  response.flushHeaders();
  if (request.url!.includes('streamed')) return streamLargeBody(response);
  response.write(`<p>${request.url} `);
  response.end(`render ${renders.length}</p>`);
}

/** A body of STREAMED_BYTES in pieces, each written when the socket has taken the last (as Next pipes a stream). */
const STREAMED_BYTES = 3 * 1024 * 1024;
async function streamLargeBody(response: ServerResponse) {
  const piece = Buffer.alloc(64 * 1024, 'x');
  for (let sent = 0; sent < STREAMED_BYTES; sent += piece.length) {
    if (!response.write(piece)) await new Promise((resolve) => response.once('drain', resolve));
  }
  response.end();
}

beforeAll(async () => {
  server = createServer((request, response) => void serveWithPageCache(request, response, standInForNext, cache, () => clock));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  cache = new MemoryPageCache(1024 * 1024);
  renders = [];
  headersFor = () => ({ 'cache-control': READER });
  delayMs = 0;
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(base + path, { headers });
  return { status: response.status, cache: response.headers.get('x-page-cache'), age: response.headers.get('age'), text: await response.text(), headers: response.headers };
};

describe('the page cache in front of Next.js', () => {
  it('answers a public page from memory while it is fresh, with the same body and headers', async () => {
    const first = await get('/wanghe/1203/2');
    const second = await get('/wanghe/1203/2');
    expect(renders).toEqual(['/wanghe/1203/2']);
    expect(first.cache).toBeNull();
    expect(second).toMatchObject({ status: 200, cache: 'hit', age: '0', text: first.text });
    expect(second.headers.get('cache-control')).toBe(READER);
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // Past its second, the next reader has it rendered again.
    clock += 2500;
    expect((await get('/wanghe/1203/2')).text).toContain('render 2');
  });

  it('sends a long streamed body whole, waiting on the socket as it should (a PDF)', async () => {
    const answer = await fetch(`${base}/wanghe/1203/streamed`);
    expect(answer.status).toBe(200);
    expect((await answer.arrayBuffer()).byteLength).toBe(STREAMED_BYTES);
    // Over the size kept, so asked again it is rendered again.
    await (await fetch(`${base}/wanghe/1203/streamed`)).arrayBuffer();
    expect(renders).toEqual(['/wanghe/1203/streamed', '/wanghe/1203/streamed']);
  });

  it('renders a page once for fifty readers asking at the same moment', async () => {
    delayMs = 50;
    const answers = await Promise.all(Array.from({ length: 50 }, () => get('/')));
    expect(renders).toHaveLength(1);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
  });

  it('past its time, one reader renders it again while the others get the kept copy', async () => {
    await get('/');
    clock += 1500;
    delayMs = 100;
    const [renderer, meanwhile] = await Promise.all([get('/'), new Promise((resolve) => setTimeout(resolve, 20)).then(() => get('/'))]);
    expect(renders).toHaveLength(2);
    expect(renderer.text).toContain('render 2');
    expect(meanwhile).toMatchObject({ cache: 'stale', age: '1' });
    expect(meanwhile.text).toContain('render 1');
    expect((await get('/')).text).toContain('render 2');
  });

  it('keeps nothing private, uncacheable, setting a cookie, varying by one, failed or missing', async () => {
    const rules: Record<string, Record<string, string>> = {
      '/a': { 'cache-control': 'private, max-age=60' },
      '/b': { 'cache-control': 'no-store' },
      '/c': { 'cache-control': READER, 'set-cookie': 'session=1' },
      '/d': {},
      '/e': { 'cache-control': READER, vary: 'Accept-Encoding, Cookie' },
      '/missing': { 'cache-control': READER },
    };
    headersFor = (url) => rules[url];
    for (const path of Object.keys(rules)) {
      await get(path);
      expect((await get(path)).cache).toBeNull();
    }
    expect(renders).toHaveLength(12);
  });

  it('never answers for the newsroom, the API or Next.js files, whatever they say', async () => {
    for (const path of ['/newsroom', '/newsroom/desk', '/api/v1/publications', '/_next/static/x.js', '/login']) {
      await get(path);
      expect((await get(path)).cache).toBeNull();
    }
    expect(renders).toHaveLength(10);
  });

  it('keeps a copy per accepted encoding, as Next.js compresses by it', async () => {
    await get('/', { 'accept-encoding': 'gzip' });
    expect((await get('/', { 'accept-encoding': 'identity' })).cache).toBeNull();
    expect((await get('/', { 'accept-encoding': 'gzip' })).cache).toBe('hit');
    expect(renders).toHaveLength(2);
  });

  it('answers a browser holding the kept copy (If-None-Match) with a 304', async () => {
    headersFor = () => ({ 'cache-control': READER, etag: '"v1"' });
    await get('/wanghe/1203/pdf');
    const same = await fetch(base + '/wanghe/1203/pdf', { headers: { 'if-none-match': 'W/"v0", "v1"' } });
    expect(same.status).toBe(304);
    expect(same.headers.get('etag')).toBe('"v1"');
    expect(await same.text()).toBe('');
    expect((await get('/wanghe/1203/pdf', { 'if-none-match': '"v0"' })).status).toBe(200);
    expect(renders).toHaveLength(1);
  });

  it('keeps a page with parameters (a search) only once it is asked for again', async () => {
    expect((await get('/wanghe/search?q=湿地')).cache).toBeNull();
    expect((await get('/wanghe/search?q=湿地')).cache).toBeNull();
    expect((await get('/wanghe/search?q=湿地')).cache).toBe('hit');
    expect(renders).toEqual(['/wanghe/search?q=%E6%B9%BF%E5%9C%B0', '/wanghe/search?q=%E6%B9%BF%E5%9C%B0']);
    // Fifty readers asking for a new search at the same moment: the first is answered alone, the rest by one render.
    delayMs = 50;
    const answers = await Promise.all(Array.from({ length: 50 }, () => get('/wanghe/search?q=芦苇')));
    expect(renders).toHaveLength(4);
    expect(new Set(answers.map((answer) => answer.text.replace(/render \d+/, ''))).size).toBe(1);
  });

  it('lets no flood of addresses asked for once push out the pages readers ask for', async () => {
    cache = new MemoryPageCache(64 * 1024, 100);
    await get('/wanghe/1203/1');
    for (let n = 0; n < 2000; n++) await get(`/wanghe/1203/1?n=${n}`);
    expect((await get('/wanghe/1203/1')).cache).toBe('hit');
    expect(cache.size.pages).toBe(1);
    // It remembers the last hundred addresses asked for once, not all of them.
    expect((await get('/wanghe/1203/1?n=1999')).cache).toBeNull();
    expect((await get('/wanghe/1203/1?n=1999')).cache).toBe('hit');
    expect((await get('/wanghe/1203/1?n=0')).cache).toBeNull();
    expect((await get('/wanghe/1203/1?n=0')).cache).toBeNull();
  });

  it('answers HEAD from a kept copy without a body', async () => {
    await get('/');
    const head = await fetch(base + '/', { method: 'HEAD' });
    expect(head.headers.get('x-page-cache')).toBe('hit');
    expect(await head.text()).toBe('');
    expect(renders).toHaveLength(1);
  });
});

describe('reader changes reach every server', () => {
  it('a change announced on one server makes every server render its pages afresh', async () => {
    // This process's cache, as the app server makes it, and another server's.
    const here = createProcessPageCache(1024 * 1024);
    const there = new MemoryPageCache(1024 * 1024);
    const followers = [followReaderChanges(here, process.env.DATABASE_URL!), followReaderChanges(there, process.env.DATABASE_URL!)];
    try {
      // Until it listens, a cache keeps nothing.
      await here.renderOnce('/', async () => ({ status: 200, headers: {}, body: Buffer.from('x'), storedAt: 0, freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 60_000 }));
      await Promise.all(followers.map((follower) => follower.ready));
      for (const kept of [here, there]) {
        await kept.renderOnce('/', async () => ({ status: 200, headers: {}, body: Buffer.from('x'), storedAt: 0, freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 60_000 }));
        expect(kept.lookup('/', Date.now()).state).toBe('fresh');
      }
      await readerPagesChanged();
      expect(here.lookup('/', Date.now()).state).toBe('miss');
      await vi.waitFor(() => expect(there.lookup('/', Date.now()).state).toBe('miss'), { timeout: 3000, interval: 20 });
    } finally {
      await Promise.all(followers.map((follower) => follower.stop()));
    }
  });
});
