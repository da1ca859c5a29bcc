// Integration tests get their own embedded PostgreSQL: migrated from the
// committed migrations and filled with the demo data. Never mocked.
import { prepareEmbeddedDatabase } from '@/scripts/prepare-database';
import type { EmbeddedPostgres } from '@/scripts/db/embedded-postgres';

let postgres: EmbeddedPostgres | undefined;

export async function setup() {
  postgres = await prepareEmbeddedDatabase({ dataDir: 'memory://', port: Number(process.env.TEST_DB_PORT ?? 54340) });
  process.env.DATABASE_URL = postgres.url;
}

export async function teardown() {
  await postgres?.stop();
}
