// npm run demo — the newsroom with demo data at http://localhost:3000, on an
// embedded PostgreSQL server kept in .data/postgres (delete that folder to start afresh).
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { buildApp, startApp } from './run-app';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const dbPort = Number(process.env.DB_PORT ?? 54320);

const dataDir = path.join(root, '.data/postgres');
const postgres = await prepareEmbeddedDatabase({ dataDir, port: dbPort });
if (!process.env.SKIP_BUILD) buildApp();
// Links readers share (canonical, og:url, feed, sitemaps) name this address; set SITE_URL to serve the demo elsewhere.
const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
console.log(`\nMasthead is starting at http://localhost:${port} (sign-in accounts: see README)\n`);
startApp({
  port,
  siteUrl,
  databaseUrl: postgres.url,
  onExit: async (code) => {
    await postgres.stop();
    process.exit(code);
  },
});
