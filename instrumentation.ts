// Runs once when a server process starts. In the Node.js runtime it starts the
// publisher that records scheduled issues as published when their time comes.
// Readers do not wait for it: a scheduled issue is visible from its time on
// (lib/server/reader/published-scope.ts), so a restart loses nothing.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return;
  const { startScheduledPublisher } = await import('./lib/server/issue/scheduled-publisher');
  startScheduledPublisher();
}
