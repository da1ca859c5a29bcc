// Runs once when a server process starts. In the Node.js runtime it first checks
// the storage settings (STORAGE, S3_*: a server that could not keep uploads does
// not start; lib/server/storage/storage-config.ts) and the public origin
// (SITE_URL: a production server without it does not start;
// lib/server/site-url-config.ts), then stamps each
// request with the address it came from (for sign-in throttling), makes every 5xx
// uncacheable (lib/no-store-server-errors.ts), and starts this server's job
// workers (lib/server/jobs: pg-boss on the app's PostgreSQL): scheduled
// publication, the cache refresh after it, and PDF rendering. Readers do not wait
// for them: a scheduled issue is visible from its time on
// (lib/server/reader/published-scope.ts), so a restart loses nothing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkStorageSettingsAtStart } = await import('./lib/server/storage/storage-config');
  checkStorageSettingsAtStart();
  const { checkSiteUrlAtStart } = await import('./lib/server/site-url-config');
  checkSiteUrlAtStart();
  const { stampPeerAddresses } = await import('./lib/server/peer-address');
  stampPeerAddresses();
  const { noStoreServerErrors } = await import('./lib/no-store-server-errors');
  noStoreServerErrors();
  if (!process.env.DATABASE_URL) return;
  const { startJobs } = await import('./lib/server/jobs/client');
  // A server whose queue cannot start (the database not up yet) still serves readers and the
  // newsroom; it logs why and tries again every 30 s.
  const start = () =>
    startJobs().then(
      () => console.log('[jobs] workers started'),
      (error) => {
        console.error('[jobs] could not start the job queue; trying again in 30 s', error);
        setTimeout(start, 30_000).unref();
      },
    );
  void start();
}
