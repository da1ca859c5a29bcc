// The collaboration server: `npm run collab` beside each `next start` in
// production (several share open stories through Redis when REDIS_URL is set);
// scripts/run-app.ts starts and supervises it for the demo and the tests.
// Run with --conditions=react-server, as the data layer it uses is server-only.
import { startCollabServer } from '@/lib/server/collab/collab-server';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) {
    console.error(`[collab] ${name} is not set`);
    process.exit(1);
  }
  return value;
};

const siteUrl = required('SITE_URL');
required('AUTH_SECRET');
const collab = await startCollabServer({
  port: Number(process.env.COLLAB_PORT ?? 1234),
  host: process.env.COLLAB_HOST,
  databaseUrl: required('DATABASE_URL'),
  allowedOrigins: [siteUrl, ...(process.env.COLLAB_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean)],
  redisUrl: process.env.REDIS_URL,
});
console.log(`[collab] listening on port ${collab.port} (pid ${process.pid})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await collab.stop().catch((error) => console.error('[collab] stop failed', error));
    process.exit(0);
  });
}
