// The app server's direct routes over a real HTTP server: the route handler sees the
// request as Next.js would give it, and the answer carries next.config.ts's headers
// and Next.js's compression. e2e/direct-search-cluster.spec.ts compares a real
// search answered this way with Next.js's own answer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clearDirectRoutes, findDirectRoute, registerDirectRoute } from './direct-route-registry';
import { configHeadersFor, createDirectRouteServer, readHeaderRules } from './serve-direct-route';

// As `next build` writes them for next.config.ts's rules (regex compiled from `source`).
const manifest = {
  caseSensitive: false,
  headers: [
    { source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] },
    { source: '/:publication([a-z]+)/search', regex: '^(?:/([a-z]+))/search(?:/)?$', headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60' }] },
    { source: '/cond/search', regex: '^/cond/search(?:/)?$', has: [{ type: 'header', key: 'x-a' }], headers: [{ key: 'X-A', value: '1' }] },
  ],
};
const manifestPath = path.join(mkdtempSync(path.join(tmpdir(), 'direct-routes-')), 'routes-manifest.json');
writeFileSync(manifestPath, JSON.stringify(manifest));

const LONG = '望'.repeat(2000);
let server: Server;
let origin: string;

beforeAll(async () => {
  const serveDirectRoute = createDirectRouteServer(readHeaderRules(manifestPath)!);
  server = createServer((request, response) => {
    const next = (_request: IncomingMessage, res: typeof response) => res.end('from next');
    const match = findDirectRoute((request.url ?? '/').split('?')[0]);
    void (match ? serveDirectRoute(request, response, match, next) : next(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
afterEach(() => clearDirectRoutes());

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
/** A raw request: no client decompressing or adding headers behind the test's back. */
function ask(address: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${address}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function registerSearch(body = (publication: string, q: string | null) => `${publication}:${q}`) {
  registerDirectRoute<{ publication: string }>({
    path: '/:publication/search',
    handler: async (request, { params }) => {
      const { publication } = await params;
      const q = new URL(request.url).searchParams.get('q');
      return new Response(body(publication, q), {
        status: publication === 'nobody' ? 404 : 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, s-maxage=1', 'X-Asked-With': request.headers.get('x-asked') ?? '' },
      });
    },
  });
}

describe('findDirectRoute', () => {
  it('matches a registered path and decodes its parameters', () => {
    registerSearch();
    expect(findDirectRoute('/wanghe/search')?.params).toEqual({ publication: 'wanghe' });
    expect(findDirectRoute('/%E6%9C%9B/search')?.params).toEqual({ publication: '望' });
  });
  it('leaves to Next.js what it must judge: other shapes, undecodable segments, the app’s own folders', () => {
    registerSearch();
    for (const pathname of ['/wanghe', '/wanghe/search/more', '/wanghe/Search', '//search', '/%E6/search', '/newsroom/search', '/api/search']) {
      expect(findDirectRoute(pathname), pathname).toBeNull();
    }
  });
  it('finds nothing until the route registers', () => {
    expect(findDirectRoute('/wanghe/search')).toBeNull();
  });
});

describe('configHeadersFor', () => {
  const rules = readHeaderRules(manifestPath)!;
  it('collects the matching rules, regardless of case as Next.js matches them', () => {
    expect([...configHeadersFor(rules, '/Wanghe/search')!.values()]).toEqual([
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Cache-Control', value: 'public, s-maxage=60' },
    ]);
    expect([...configHeadersFor(rules, '/bad_slug/search')!.keys()]).toEqual(['x-content-type-options']);
  });
  it('gives up on a rule that depends on the request', () => {
    expect(configHeadersFor(rules, '/cond/search')).toBeNull();
  });
  it('is null without a build', () => {
    expect(readHeaderRules(path.join(tmpdir(), 'no-such-build', 'routes-manifest.json'))).toBeNull();
  });
});

describe('serveDirectRoute', () => {
  it('calls the handler with the request and its parameters, and sends its answer', async () => {
    registerSearch();
    const answer = await ask('/wanghe/search?q=%E6%B9%BF%E5%9C%B0', { headers: { 'x-asked': 'yes' } });
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('wanghe:湿地');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['x-asked-with']).toBe('yes');
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength('wanghe:湿地')));
  });
  it("puts next.config.ts's headers on the answer, over the route's own", async () => {
    registerSearch();
    const found = await ask('/wanghe/search?q=a');
    expect(found.headers['x-content-type-options']).toBe('nosniff');
    expect(found.headers['cache-control']).toBe('public, s-maxage=60');
    const missing = await ask('/nobody/search?q=a');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('public, s-maxage=60');
    const noRule = await ask('/bad_slug/search');
    expect(noRule.headers['cache-control']).toBe('public, s-maxage=1');
  });
  it('compresses as Next.js does: gzip when asked for and worth it, and says it varies', async () => {
    registerSearch(() => LONG);
    const zipped = await ask('/wanghe/search?q=a', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString()).toBe(LONG);
    const plain = await ask('/wanghe/search?q=a');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(LONG);
    registerSearch();
    const small = await ask('/wanghe/search?q=a', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
  it('answers HEAD with the headers and no body', async () => {
    registerSearch();
    const answer = await ask('/wanghe/search?q=a', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, s-maxage=60');
    expect(answer.body.length).toBe(0);
  });
  it('leaves other methods and conditional rules to Next.js', async () => {
    registerSearch();
    expect((await ask('/wanghe/search', { method: 'POST' })).body.toString()).toBe('from next');
    expect((await ask('/cond/search')).body.toString()).toBe('from next');
    expect((await ask('/wanghe/search/x')).body.toString()).toBe('from next');
  });
});
