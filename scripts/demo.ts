// npm run demo — the newsroom with demo data at http://localhost:3000, on an
// embedded PostgreSQL kept in .data/pglite (delete that folder to start afresh).
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { buildApp, startApp } from './run-app';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const dbPort = Number(process.env.DB_PORT ?? 54320);

const dataDir = path.join(root, '.data/pglite');
const postgres = await prepareEmbeddedDatabase({ dataDir, port: dbPort }).catch(async (error) => {
  // A data folder written by another PGlite version cannot be opened: keep it
  // aside (nothing is deleted) and start the demo on a fresh one.
  if (!existsSync(dataDir) || !/PGlite failed to initialize/.test(String(error))) throw error;
  const aside = `${dataDir}-unreadable-${Date.now()}`;
  renameSync(dataDir, aside);
  console.warn(`[db] ${dataDir} could not be opened (${(error as Error).message}); moved it to ${aside} and starting afresh.`);
  return prepareEmbeddedDatabase({ dataDir, port: dbPort });
});
if (!process.env.SKIP_BUILD) buildApp();
console.log(`\nMasthead is starting at http://localhost:${port} (sign-in accounts: see README)\n`);
startApp({
  port,
  databaseUrl: postgres.url,
  onExit: async (code) => {
    await postgres.stop();
    process.exit(code);
  },
});
