// Integration tests get their own PostgreSQL server (a throwaway one): migrated from the
// committed migrations and filled with the demo data. Never mocked.
import { prepareEmbeddedDatabase } from '@/scripts/prepare-database';
import type { EmbeddedPostgres } from '@/scripts/db/embedded-postgres';

let postgres: EmbeddedPostgres | undefined;

export async function setup() {
  postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: Number(process.env.TEST_DB_PORT ?? 0) });
  process.env.DATABASE_URL = postgres.url;
  // Tests that sign in go through the real Auth.js handlers (tests/support/sign-in.ts).
  process.env.AUTH_SECRET ??= 'integration-tests-only-secret-0123456789abcdef';
}

export async function teardown() {
  await postgres?.stop();
}
