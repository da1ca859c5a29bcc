// The app server: Next.js (`next start`'s server, run from here) behind this
// server's page cache (lib/server/page-cache). `npm start` runs it; so do the
// demo, the tests and the benchmarks (scripts/run-app.ts). Options as `next
// start`: PORT / -p, HOSTNAME / -H. PAGE_CACHE_MB sizes the cache (default 64);
// PAGE_CACHE=off leaves every request to Next.js.
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { createProcessPageCache } from '@/lib/server/page-cache/process-page-cache';
import { followReaderChanges } from '@/lib/server/page-cache/follow-reader-changes';
import { serveWithPageCache } from '@/lib/server/page-cache/serve-from-page-cache';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const root = path.resolve(import.meta.dirname, '..');
const app = next({ dev: false, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const cacheOn = process.env.PAGE_CACHE !== 'off' && Boolean(process.env.DATABASE_URL);
const cache = cacheOn ? createProcessPageCache(Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024) : null;
if (cache) followReaderChanges(cache, process.env.DATABASE_URL!);

const server = createServer((request, response) => {
  const served = cache ? serveWithPageCache(request, response, handle, cache) : handle(request, response);
  Promise.resolve(served).catch((error) => {
    console.error('Request failed', request.url, error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end();
  });
});
server.listen(port, hostname, () => console.log(`▲ Masthead on http://${hostname ?? 'localhost'}:${port}${cache ? ' (page cache on)' : ''}`));

const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
