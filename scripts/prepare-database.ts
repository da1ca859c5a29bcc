// Starts the embedded PostgreSQL, brings its schema up to date and, when it is
// empty, fills it with the demo data (unless `demo: false`: an empty install,
// set up through the first-run page). Shared by the demo and the e2e servers.
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemo } from '@/prisma/seed/demo';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { applyMigrations } from './db/migrate';

export async function prepareEmbeddedDatabase(options: { dataDir: string | 'temporary'; port: number; demo?: boolean }) {
  const postgres = await startEmbeddedPostgres(options);
  const applied = await applyMigrations(postgres.url);
  if (applied.length) console.log(`[db] applied migrations: ${applied.join(', ')}`);
  if (options.demo === false) return postgres;
  const db = createPrismaClient(postgres.url, { max: 2 });
  const { seeded } = await seedDemo(db);
  if (seeded) console.log('[db] demo data created');
  await db.$disconnect();
  return postgres;
}
