import 'server-only';
import PgBoss from 'pg-boss';
import { QUEUE_OPTIONS, QUEUES } from './queue-names';
import { registerWorkers, type WorkerOptions } from './workers';

/**
 * One pg-boss client per process. A server started by instrumentation.ts works
 * the queues (`startJobs`); any other process that only enqueues (a script, a
 * test) gets a client without workers on first use (`jobQueue`).
 *
 * pg-boss installs its schema (`pgboss`) and migrates it on start inside a
 * transaction holding a PostgreSQL advisory lock, so servers starting together
 * install it once; creating a queue is an INSERT … ON CONFLICT DO NOTHING.
 */
type Slot = { boss: Promise<PgBoss>; workers: boolean };
const globalForJobs = globalThis as unknown as { mastheadJobs?: Slot; mastheadJobsSignals?: boolean };

export type JobClientOptions = {
  connectionString: string;
  /** Work the queues (and run the sweep's cron and pg-boss's maintenance) — false for a client that only enqueues. */
  workers: boolean;
  /** How often an idle worker asks for a job, seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
} & WorkerOptions;

/** Starts a pg-boss client on `connectionString`: schema installed, queues created, workers registered if asked. */
export async function createJobClient(options: JobClientOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: 'masthead-jobs',
    max: options.workers ? 4 + (options.pdfConcurrency ?? 0) : 2,
    supervise: options.workers,
    schedule: options.workers,
    migrate: true,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
  });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  await ensureQueues(boss);
  if (options.workers) await registerWorkers(boss, options);
  return boss;
}

/**
 * Creates the queues that do not exist yet. pg-boss's create_queue adds a table
 * and its keys; two servers doing that at once deadlock (seen in
 * tests/integration/jobs.test.ts), so it runs under an advisory lock of our own,
 * in one transaction sent as one simple query (the names and options are constants).
 */
async function ensureQueues(boss: PgBoss) {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const missing = Object.values(QUEUES).filter((name) => !existing.has(name));
  if (missing.length === 0) return;
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const creates = missing.map((name) => `SELECT pgboss.create_queue(${literal(name)}, ${literal(JSON.stringify(QUEUE_OPTIONS[name]))}::json)`);
  await boss.getDb().executeSql(`BEGIN; SELECT pg_advisory_xact_lock(hashtext('masthead:pgboss:create-queues')); ${creates.join('; ')}; COMMIT;`, []);
}

/** The per-server PDF concurrency: PDF_CONCURRENCY, default 2 (two Chromium pages keep a two-core server answering). */
export function pdfConcurrency(): number {
  const configured = Number(process.env.PDF_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : 2;
}

/** Starts this server's client and workers (instrumentation.ts); stops them gracefully on SIGTERM/SIGINT. */
export async function startJobs(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  if (globalForJobs.mastheadJobs?.workers) return globalForJobs.mastheadJobs.boss;
  const boss = createJobClient({ connectionString, workers: true, pdfConcurrency: pdfConcurrency() });
  globalForJobs.mastheadJobs = { boss, workers: true };
  boss.catch(() => (globalForJobs.mastheadJobs = undefined));
  if (!globalForJobs.mastheadJobsSignals) {
    globalForJobs.mastheadJobsSignals = true;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        void stopJobs().finally(() => process.kill(process.pid, signal));
      });
    }
  }
  return boss;
}

/** This process's client, started on first use (without workers unless startJobs ran). */
export function jobQueue(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return Promise.reject(new Error('DATABASE_URL is not set'));
  if (!globalForJobs.mastheadJobs) {
    const boss = createJobClient({ connectionString, workers: false });
    globalForJobs.mastheadJobs = { boss, workers: false };
    boss.catch(() => (globalForJobs.mastheadJobs = undefined));
  }
  return globalForJobs.mastheadJobs.boss;
}

/**
 * Stops this process's client: workers take no new job and the running ones get
 * up to 20 s to finish; what is still running then is failed and, with retries
 * left, picked up again by another server.
 */
export async function stopJobs(): Promise<void> {
  const slot = globalForJobs.mastheadJobs;
  if (!slot) return;
  globalForJobs.mastheadJobs = undefined;
  const boss = await slot.boss.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
}
