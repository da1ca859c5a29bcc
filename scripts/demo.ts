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
console.log(`\nMasthead is starting at http://localhost:${port} (sign-in accounts: see README)\n`);
startApp({
  port,
  databaseUrl: postgres.url,
  onExit: async (code) => {
    await postgres.stop();
    process.exit(code);
  },
});
