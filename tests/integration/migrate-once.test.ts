// Several app servers deployed together may each run the release step
// (`npm run db:migrate`) at once: the migrations must run once, not twice and
// not half each. Three processes migrate one empty database at the same moment.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/scripts/db/embedded-postgres';

const root = path.resolve(import.meta.dirname, '../..');
const MIGRATIONS = readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let server: EmbeddedPostgres;

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: 'temporary', port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function migrate(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/db/migrate.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run db:migrate from three servers at once', () => {
  it('applies every migration exactly once, and every process ends well', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE migrate_once');
    await admin.end();
    const url = server.url.replace(/\/[^/?]+(\?|$)/, '/migrate_once$1');

    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    // Between them, the three report each migration applied once.
    const applied = runs.flatMap((run) => /Applied: (.*)/.exec(run.output)?.[1].split(', ') ?? []);
    expect(applied.sort()).toEqual(MIGRATIONS);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name');
      expect(rows).toEqual(MIGRATIONS.map((name) => ({ migration_name: name, finished: true })));
    } finally {
      await client.end();
    }
  }, 180_000);
});
