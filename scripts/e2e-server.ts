// The server Playwright starts: a throwaway embedded database with the demo data
// and the production build of the app.
import { prepareEmbeddedDatabase } from './prepare-database';
import { startApp } from './run-app';

const port = Number(process.env.E2E_PORT ?? 3100);
const dbPort = Number(process.env.E2E_DB_PORT ?? 54330);

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
