// Next.js's cache of rendered pages (the reader's ISR pages and route handlers),
// shared by every app server through Redis. next.config.ts installs it when
// REDIS_URL is set; without it each server keeps Next's own cache on its disk,
// which is right for one server and wrong for several (README, "Production").
//
// Why Redis and this handler: it is a maintained handler for Next 15/16's cache
// interface (@fortedigital/nextjs-cache-handler, the successor of
// @neshca/cache-handler), and Redis is made to be a cache: entries expire on
// their own and memory is bounded. Revalidation (revalidatePath after a
// publication, a correction, a masthead change) deletes the entries in Redis
// and records the time of each path tag, so the next request on *any* server
// renders afresh.
//
// If Redis is unreachable, reads miss and every request renders from the
// database (slower, never stale); writes and revalidations are logged and
// dropped. Entries are kept under the build's id, so servers running two
// builds side by side during a deploy never serve each other's pages (whose
// script names differ).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const TIMEOUT_MS = 1_000;

function connectedClient(url) {
  const client = createClient({
    url,
    pingInterval: 10_000,
    // Commands fail at once while disconnected instead of queueing behind a page render.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  });
  let reported = false;
  client.on('error', (error) => {
    if (reported) return;
    reported = true;
    console.error(`[cache] Redis at ${url} is unreachable; pages render without the shared cache until it is back:`, error.message);
  });
  client.on('ready', () => {
    if (reported) console.info('[cache] Redis is back; the shared cache is in use again');
    reported = false;
  });
  // Not awaited: a server starts and answers (uncached) while Redis is down.
  client.connect().catch(() => {});
  return client;
}

CacheHandler.onCreation(({ buildId }) => {
  // `next build` prerenders nothing from the database; no Redis is needed to build.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [] };
  globalThis.mastheadRedis ??= connectedClient(process.env.REDIS_URL);
  return {
    handlers: [
      createRedisHandler({
        client: globalThis.mastheadRedis,
        keyPrefix: `masthead:${buildId ?? 'dev'}:`,
        timeoutMs: TIMEOUT_MS,
      }),
    ],
  };
});

export default CacheHandler;
