// The server Playwright starts: a throwaway embedded database with the demo data
// and the production build of the app.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { startApp } from './run-app';

const port = Number(process.env.E2E_PORT ?? 3100);
const dbPort = Number(process.env.E2E_DB_PORT ?? 54330);

// Images for the throwaway database go in a throwaway folder (the seed writes there, the app serves from it).
process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'masthead-e2e-media-'));
const postgres = await prepareEmbeddedDatabase({ dataDir: 'memory://', port: dbPort });
startApp({
  port,
  host: '127.0.0.1',
  databaseUrl: postgres.url,
  onExit: async (code) => {
    await postgres.stop();
    process.exit(code);
  },
});
