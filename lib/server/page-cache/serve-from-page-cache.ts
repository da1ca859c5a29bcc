// The app server's front door for public pages: a page this server rendered is
// served from memory while its Cache-Control says a shared cache may keep it,
// without asking Next.js again (a rendered page through Next costs about a
// millisecond of CPU however it was kept; from here, a few microseconds).
// Concurrent requests for a page being rendered wait for that one render.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_TOP_LEVEL_SEGMENTS } from '@/lib/reader-cache';
import { sharedCacheLifetime, type CachedPage, type MemoryPageCache } from './memory-page-cache';

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown;

/** Pages larger than this (a whole issue's PDF) are left to the cache in front. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Headers that belong to one connection or one moment, not to the page. */
const NOT_REPLAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', 'age', 'x-page-cache']);

/**
 * What a kept page may vary by: the accepted encoding (part of the key) and the
 * headers Next.js names on every response, which route handlers do not read.
 * A page that varies by anything else (a cookie) is not kept.
 */
const VARIES_ONLY_BY = new Set(['accept-encoding', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url']);
const variesOnlyByKnownHeaders = (vary: unknown) =>
  String(vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .every((name) => name === '' || VARIES_ONLY_BY.has(name));

/** A reader address: the front page or a publication's, not the newsroom, the API or Next's files. */
export function isReaderAddress(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? '';
  return !APP_TOP_LEVEL_SEGMENTS.includes(decodeURIComponent(first));
}

/**
 * Which copy a request may be answered with: the address and the encodings it
 * accepts (Next.js compresses by them). Null for requests only Next.js answers.
 */
export function pageCacheKey(request: IncomingMessage): string | null {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.range || !request.url?.startsWith('/')) return null;
  const pathname = request.url.split('?')[0];
  if (!isReaderAddress(pathname)) return null;
  return `${request.url}\n${request.headers['accept-encoding'] ?? ''}`;
}

export async function serveWithPageCache(request: IncomingMessage, response: ServerResponse, handle: Handler, cache: MemoryPageCache, now = Date.now) {
  const key = pageCacheKey(request);
  if (!key) return handle(request, response);
  const found = cache.lookup(key, now());
  if (found.state === 'fresh') return replay(request, response, found.page, 'hit', now());
  const running = cache.inProgress(key);
  // Past its time: one request renders it again, the others meanwhile get the copy kept.
  if (found.state === 'stale' && running) return replay(request, response, found.page, 'stale', now());
  if (running) {
    const page = await running;
    return page ? replay(request, response, page, 'hit', now()) : handle(request, response);
  }
  if (request.method === 'HEAD') return handle(request, response);
  // An address with parameters (a search) is kept the second time it is asked for. Most
  // searches are asked for once: keeping each of them cost a fresh app 2.9 instead of 2.55
  // ms of CPU a search under load, and pushed the pages every reader asks for out of memory.
  if (request.url!.includes('?') && !cache.askedBefore(key)) return handle(request, response);
  let settle: (page: CachedPage | null) => void = () => undefined;
  void cache.renderOnce(key, () => new Promise((resolve) => (settle = resolve)));
  captureInto(response, now, settle);
  try {
    await handle(request, response);
  } catch (error) {
    settle(null);
    throw error;
  }
}

/** Whether the browser's copy is this one (If-None-Match, compared weakly as RFC 9110 says for GET). */
function notModified(request: IncomingMessage, page: CachedPage): boolean {
  const asked = request.headers['if-none-match'];
  const etag = page.headers.etag;
  if (!asked || typeof etag !== 'string') return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return asked.trim() === '*' || asked.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function replay(request: IncomingMessage, response: ServerResponse, page: CachedPage, state: 'hit' | 'stale', now: number) {
  const age = String(Math.max(0, Math.floor((now - page.storedAt) / 1000)));
  if (notModified(request, page)) {
    response.writeHead(304, { ...page.headers, age, 'x-page-cache': state });
    return response.end();
  }
  response.writeHead(page.status, { ...page.headers, 'content-length': page.body.length, age, 'x-page-cache': state });
  response.end(request.method === 'HEAD' ? undefined : page.body);
}

/** Collects what Next.js sends; when it is done, `settle` gets a page to keep, or null. */
function captureInto(response: ServerResponse, now: () => number, settle: (page: CachedPage | null) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_PAGE_BYTES) tooLarge = true;
    else chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  // Next.js sends the headers on their own, then the body, then the end of it: three
  // system calls, each dear on a busy server. Corked, a page goes out in one, when it
  // ends (end() uncorks). A long body (a PDF) is let through as soon as the socket's
  // buffer fills, or its writer would wait for a drain that never comes.
  let corked = true;
  response.cork();
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    const accepted = (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    if (!accepted && corked) {
      corked = false;
      response.uncork();
    }
    return accepted;
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
  response.once('close', () => {
    if (!response.writableFinished || tooLarge || response.statusCode !== 200) return settle(null);
    const headers = response.getHeaders();
    const lifetime = sharedCacheLifetime(String(headers['cache-control'] ?? ''));
    if (!lifetime || headers['set-cookie'] || !variesOnlyByKnownHeaders(headers.vary)) return settle(null);
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !NOT_REPLAYED.has(name)) kept[name] = Array.isArray(value) ? value : String(value);
    }
    const at = now();
    settle({ status: 200, headers: kept, body: Buffer.concat(chunks), storedAt: at, freshUntil: at + lifetime.fresh * 1000, staleUntil: at + (lifetime.fresh + lifetime.stale) * 1000 });
  });
}
