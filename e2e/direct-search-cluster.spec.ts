// Searches nobody asked before reach the app with no cache in front, so the app
// server calls the search route itself instead of going through Next.js's router
// (lib/server/direct-routes). Server A of the cluster (scripts/e2e-cluster.ts) does;
// server B, started with DIRECT_ROUTES=off, goes through Next.js. Same build,
// same database: a reader must get the same answer from either.
import { expect, test, type APIResponse } from '@playwright/test';

const portA = Number(process.env.E2E_CLUSTER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 2);
const serverA = `http://127.0.0.1:${portA}`;
const serverB = `http://127.0.0.1:${portA + 1}`;

/** Headers of one connection or moment, and the page cache's own (lib/server/page-cache). */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'x-page-cache', 'age', 'vary']);
const pageHeaders = (response: APIResponse) =>
  Object.fromEntries(
    Object.entries(response.headers())
      .filter(([name]) => !PER_RESPONSE.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await request.get(`${serverA}/login`)).status(), { timeout: 60_000 }).toBe(200);
});

test('a search answered by the app server itself is the answer Next.js gives', async ({ request }) => {
  // A process's first search loads the route through Next.js, which registers it for the app server.
  await request.get(`${serverA}/wanghe/search?q=${Date.now()}`);
  // Each address is new to both servers' page caches.
  const run = Date.now().toString(36);
  const addresses = [
    `/wanghe/search?q=${encodeURIComponent('湿地')}&run=${run}`,
    `/wanghe/search?q=${encodeURIComponent('湿地')}&page=2&run=${run}`,
    `/wanghe/search?run=${run}`,
    `/wanghe/search?q=${encodeURIComponent('长'.repeat(60))}&run=${run}`,
    `/wanghe/search?q=%00&run=${run}`,
    `/nobody/search?q=a&run=${run}`,
    `/Wanghe/search?q=a&run=${run}`,
    `/bad_slug/search?run=${run}`,
  ];
  for (const encoding of ['gzip, deflate, br', 'identity']) {
    for (const address of addresses) {
      const fromA = await request.get(serverA + address, { headers: { 'accept-encoding': encoding } });
      const fromB = await request.get(serverB + address, { headers: { 'accept-encoding': encoding } });
      // Next.js names its RSC request headers in Vary on every answer; A's answer varies only by encoding.
      expect(fromA.headers().vary, `${address} answered by A itself`).toBe('Accept-Encoding');
      expect(fromB.headers().vary).toContain('rsc');
      expect(fromA.status(), address).toBe(fromB.status());
      expect(pageHeaders(fromA), address).toEqual(pageHeaders(fromB));
      expect(await fromA.text(), address).toBe(await fromB.text());
    }
  }
});
