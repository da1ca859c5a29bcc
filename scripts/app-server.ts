// The app server: Next.js (`next start`'s server, run from here) behind this
// server's page cache (lib/server/page-cache), in one process per core. `npm
// start` runs it; so do the demo, the tests and the benchmarks
// (scripts/run-app.ts). Options as `next start`: PORT / -p, -H for the address.
// APP_PROCESSES sets how many processes share the port (default: one per core);
// PAGE_CACHE_MB sizes each one's page cache (default 64); PAGE_CACHE=off leaves
// every request to Next.js; DIRECT_ROUTES=off sends searches through Next.js's
// router too (lib/server/direct-routes).
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const processes = Math.max(1, Number(process.env.APP_PROCESSES) || availableParallelism());
/** A process that stops unasked is started again after this pause. */
const RESTART_MS = 300;

if (cluster.isPrimary && processes > 1) superviseProcesses();
else await serve();

/**
 * One Node.js process runs JavaScript on one core: the primary starts one app
 * process per core on the same port (the operating system hands each connection
 * to one of them) and starts again any that stops. Nothing they keep to
 * themselves can disagree: each page cache hears of every change (as separate
 * servers do), and sessions, limits and jobs live in the database.
 */
function superviseProcesses() {
  let stopping = false;
  let started = false;
  const start = () => cluster.fork();
  for (let i = 0; i < processes; i++) start();
  cluster.on('listening', () => {
    if (!started) console.log(`▲ Masthead on http://${hostname ?? 'localhost'}:${port} (${processes} processes)`);
    started = true;
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // One that could not start (SITE_URL missing, storage misconfigured): none will; say so by stopping.
    if (!started) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
      process.exitCode = code ?? 1;
      return;
    }
    console.warn(`[app] process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    setTimeout(() => !stopping && start(), RESTART_MS);
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 6000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function serve() {
  const [{ default: next }, { createProcessPageCache }, { followReaderChanges }, { serveWithPageCache }, { findDirectRoute }, { createDirectRouteServer, readHeaderRules }] = await Promise.all([
    import('next'),
    import('@/lib/server/page-cache/process-page-cache'),
    import('@/lib/server/page-cache/follow-reader-changes'),
    import('@/lib/server/page-cache/serve-from-page-cache'),
    import('@/lib/server/direct-routes/direct-route-registry'),
    import('@/lib/server/direct-routes/serve-direct-route'),
  ]);
  const root = path.resolve(import.meta.dirname, '..');
  const app = next({ dev: false, dir: root, port, hostname });
  const nextHandle = app.getRequestHandler();
  await app.prepare();

  // Routes registered for it are called here, without Next.js's router; the rest go to Next.js.
  const headerRules = process.env.DIRECT_ROUTES === 'off' ? null : readHeaderRules(path.join(root, '.next/routes-manifest.json'));
  const serveDirectRoute = headerRules && createDirectRouteServer(headerRules);
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const match = serveDirectRoute && findDirectRoute((request.url ?? '/').split('?')[0]);
    return match ? serveDirectRoute(request, response, match, nextHandle) : nextHandle(request, response);
  };

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
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`▲ Masthead on http://${hostname ?? 'localhost'}:${port}${cache ? ' (page cache on)' : ''}`);
  });

  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
