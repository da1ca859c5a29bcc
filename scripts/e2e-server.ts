// The server Playwright starts: a throwaway embedded database with the demo data
// and the production build of the app.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { startApp } from './run-app';

const port = Number(process.env.E2E_PORT ?? 3100);
const dbPort = Number(process.env.E2E_DB_PORT ?? 0);

// Images for the throwaway database go in a throwaway folder (the seed writes there, the app serves from it).
process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'masthead-e2e-media-'));
const postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: dbPort });
// Tests that change the database directly (e2e/support/reorder-pages.ts) read its address here.
mkdirSync(path.resolve(import.meta.dirname, '../.data'), { recursive: true });
writeFileSync(path.resolve(import.meta.dirname, '../.data/e2e-database-url'), postgres.url);
startApp({
  port,
  host: '127.0.0.1',
  databaseUrl: postgres.url,
  onExit: async (code) => {
    await postgres.stop();
    process.exit(code);
  },
});
