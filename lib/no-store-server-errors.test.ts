import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noStoreServerErrors, SERVER_ERROR_CACHE_CONTROL } from './no-store-server-errors';

const PUBLIC = 'public, s-maxage=60, stale-while-revalidate=600';

// A server that answers as Next.js does with a reader rule of next.config.ts: the
// public header is set before the page renders, whatever its status turns out to be.
let server: http.Server;
let base: string;
beforeAll(async () => {
  noStoreServerErrors();
  server = http.createServer((request, response) => {
    const status = Number(new URL(request.url!, 'http://x').searchParams.get('status'));
    response.setHeader('Cache-Control', PUBLIC);
    if (request.url!.includes('head')) response.writeHead(status, { 'cache-control': PUBLIC, 'Content-Type': 'text/plain' });
    else response.statusCode = status;
    response.end('body');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('server errors are never cacheable', () => {
  it('replaces a public Cache-Control on every 5xx, however the status is written', async () => {
    for (const path of ['/?status=500', '/?status=503', '/?status=502&head']) {
      const response = await fetch(base + path);
      expect(response.headers.get('cache-control'), path).toBe(SERVER_ERROR_CACHE_CONTROL);
    }
  });

  it('leaves other answers as the app sent them', async () => {
    for (const path of ['/?status=200', '/?status=404', '/?status=200&head', '/?status=308']) {
      const response = await fetch(base + path, { redirect: 'manual' });
      expect(response.headers.get('cache-control'), path).toBe(PUBLIC);
    }
  });
});
