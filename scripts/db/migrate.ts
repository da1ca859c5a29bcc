// Applies the committed migrations in prisma/migrations that the database has
// not seen yet, recording them in _prisma_migrations exactly as
// `prisma migrate deploy` does (so either tool can be used on a database).
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openSchemaEngine } from './schema-engine';

const root = path.resolve(import.meta.dirname, '../..');
const migrationsDir = path.join(root, 'prisma/migrations');

// Held for the whole run, so servers migrating together take turns: the next one finds
// nothing left to do. (The schema engine's own lock gives up after ten seconds, and a
// first migration of an empty database takes longer than that.)
const MIGRATION_LOCK = 'pg_advisory_lock(hashtext(\'masthead:migrations\'))';

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query(`SELECT ${MIGRATION_LOCK}`);
    return await applyUnderLock(connectionString);
  } finally {
    // Ending the session releases the lock.
    await lock.end();
  }
}

async function applyUnderLock(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine({ connectionString, schemaPath: path.join(root, 'prisma/schema.prisma') });
  try {
    const entries = await readdir(migrationsDir, { withFileTypes: true });
    const migrationDirectories = [];
    for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const sqlPath = path.join(migrationsDir, entry.name, 'migration.sql');
      if (!existsSync(sqlPath)) continue;
      migrationDirectories.push({
        path: entry.name,
        migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: await readFile(sqlPath, 'utf8') } },
      });
    }
    const lockPath = path.join(migrationsDir, 'migration_lock.toml');
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8') },
        shadowDbInitScript: '',
        migrationDirectories,
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

if (import.meta.filename === process.argv[1]) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set');
    process.exit(1);
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
}
