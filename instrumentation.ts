// Runs once when a server process starts. In the Node.js runtime it first checks
// the storage settings (STORAGE, S3_*: a server that could not keep uploads does
// not start; lib/server/storage/storage-config.ts), then stamps each
// request with the address it came from (for sign-in throttling), makes every 5xx
// uncacheable (lib/no-store-server-errors.ts), and starts the
// publisher that records scheduled issues as published when their time comes.
// Readers do not wait for it: a scheduled issue is visible from its time on
// (lib/server/reader/published-scope.ts), so a restart loses nothing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkStorageSettingsAtStart } = await import('./lib/server/storage/storage-config');
  checkStorageSettingsAtStart();
  const { stampPeerAddresses } = await import('./lib/server/peer-address');
  stampPeerAddresses();
  const { noStoreServerErrors } = await import('./lib/no-store-server-errors');
  noStoreServerErrors();
  if (!process.env.DATABASE_URL) return;
  const { startScheduledPublisher } = await import('./lib/server/issue/scheduled-publisher');
  startScheduledPublisher();
}
