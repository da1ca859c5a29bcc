// Creates a new migration from the change between the schema as it was at the
// last migration (kept as schema.prisma beside its migration.sql) and
// prisma/schema.prisma now. Usage: npm run db:migration -- <name>
import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openSchemaEngine } from './schema-engine';
import { startEmbeddedPostgres } from './embedded-postgres';

const root = path.resolve(import.meta.dirname, '../..');
const migrationsDir = path.join(root, 'prisma/migrations');
const schemaPath = path.join(root, 'prisma/schema.prisma');

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name_in_snake_case>');
  process.exit(1);
}

await mkdir(migrationsDir, { recursive: true });
const existing = (await readdir(migrationsDir, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const previous = existing.at(-1);
const from = previous
  ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: await readFile(path.join(migrationsDir, previous, 'schema.prisma'), 'utf8') }] }
  : { tag: 'empty' };
const to = { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: await readFile(schemaPath, 'utf8') }] };

// The engine insists on a connection even for a datamodel-to-datamodel diff.
const scratch = await startEmbeddedPostgres({ dataDir: 'temporary', port: 0 });
const engine = await openSchemaEngine({ connectionString: scratch.url, schemaPath });
let sql = '';
const originalWrite = process.stdout.write.bind(process.stdout);
// The engine prints the script to stdout; capture it.
process.stdout.write = ((chunk: string | Uint8Array) => {
  sql += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return true;
}) as typeof process.stdout.write;
let result;
try {
  result = await engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
} finally {
  process.stdout.write = originalWrite;
  engine.free();
  await scratch.stop();
}
if (result?.stdout) sql += result.stdout;
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log('No schema changes.');
  process.exit(0);
}
// Numbered after the last folder, not by counting them: numbers may have gaps.
const lastNumber = previous ? Number.parseInt(previous, 10) : 0;
const folder = `${String(lastNumber + 1).padStart(4, '0')}_${name}`;
await mkdir(path.join(migrationsDir, folder));
await writeFile(path.join(migrationsDir, folder, 'migration.sql'), sql);
await copyFile(schemaPath, path.join(migrationsDir, folder, 'schema.prisma'));
if (!existsSync(path.join(migrationsDir, 'migration_lock.toml'))) {
  await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
}
console.log(`Created prisma/migrations/${folder}`);
