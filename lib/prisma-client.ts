// The Prisma client factory, shared by the app (lib/db.ts) and by scripts and
// tests that run outside Next.js (seed, benchmarks, integration tests).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { AdmissionLimiter, serviceUnavailable, type AdmissionOptions } from './load-shedding';

/**
 * The pool's and Prisma's own waits for a connection. They start once the limiter has
 * admitted an operation, when a connection is free or being opened, so they are only
 * safety nets (a query made with `db` instead of `tx` inside a transaction waits here).
 */
const SAFETY_NET_MS = 10_000;

/**
 * Planner settings for every connection, sent when it opens. The app's queries are short:
 * JIT compilation and parallel workers cost more than they save. Random reads of an
 * archive held in memory cost little more than sequential ones. Enough memory for an
 * exact bitmap of a common word pair's stories, or the reader's search (README, "How
 * search scales") rechecks every story on the pages a lossy one covers. Set here rather
 * than per search, which needed a transaction of four round trips for one query.
 */
const SESSION_SETTINGS = '-c jit=off -c max_parallel_workers_per_gather=0 -c random_page_cost=1.1 -c work_mem=64MB';

const fromEnv = (name: string, fallback: number) => Number(process.env[name]) || fallback;

export type PrismaClientOptions = {
  /** Pool connections (DATABASE_POOL_MAX, default 10). */
  max?: number;
  /**
   * Operations that may wait for a connection (DATABASE_QUEUE_MAX, default 200), for
   * how long (DATABASE_QUEUE_WAIT_MS, default 15000), and the wait at which new
   * requests are turned away at the door (DATABASE_QUEUE_DOOR_MS, default 1000).
   */
  queue?: Partial<Pick<AdmissionOptions, 'maxWaiting' | 'maxWaitMs' | 'doorWaitMs'>>;
};

/**
 * Every query and transaction first takes one of `max` permits (lib/load-shedding.ts):
 * at most `max` run at once, each on a free connection, and the rest wait in a
 * bounded queue or are refused with AppError UNAVAILABLE. A transaction holds its
 * permit from start to commit, and its own queries run on it.
 */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}) {
  const max = options.max ?? fromEnv('DATABASE_POOL_MAX', 10);
  const limiter = new AdmissionLimiter({
    permits: max,
    maxWaiting: options.queue?.maxWaiting ?? fromEnv('DATABASE_QUEUE_MAX', 200),
    maxWaitMs: options.queue?.maxWaitMs ?? fromEnv('DATABASE_QUEUE_WAIT_MS', 15_000),
    doorWaitMs: options.queue?.doorWaitMs ?? fromEnv('DATABASE_QUEUE_DOOR_MS', 1000),
  });
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: SAFETY_NET_MS, idleTimeoutMillis: 300_000, options: SESSION_SETTINGS });
  const base = new PrismaClient({
    // The limiter hands out no more permits than there are connections, so the
    // pool's own wait is only a safety net, long enough to open a new connection
    // on a busy machine: it fails rather than queueing forever.
    // Idle connections are kept a few minutes: opening one (a backend process and a
    // SCRAM handshake) is slowest exactly when a burst needs it.
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Password hashes are read only where sign-in needs them.
    omit: { staff: { passwordHash: true } },
    // Every interactive transaction, in one place. An admitted transaction finds a
    // free connection at once (maxWait is the safety net); `timeout` leaves room for
    // a busy event loop, since expiring means the commit fails after the work was done.
    transactionOptions: { maxWait: SAFETY_NET_MS, timeout: 15_000 },
  });
  const inTransaction = new AsyncLocalStorage<true>();
  const extended = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        // A transaction's queries run on the connection its permit already covers.
        if (inTransaction.getStore()) return query(args);
        return limiter.run(() => query(args)).catch(asUnavailable);
      },
    },
  }) as unknown as PrismaClient; // a query extension changes no types
  const $transaction = ((input: unknown, transactionOptions?: unknown) =>
    limiter
      .run(() => inTransaction.run(true, () => (extended.$transaction as (...args: unknown[]) => Promise<unknown>)(input, transactionOptions)))
      .catch(asUnavailable)) as PrismaClient['$transaction'];
  const $queryPrepared = <Row>(query: Prisma.Sql) => {
    // One name per statement text: a connection prepares each text once.
    const name = `masthead_${createHash('sha1').update(query.text).digest('base64url').slice(0, 24)}`;
    return limiter
      .run(() => pool.query({ name, text: query.text, values: query.values }))
      .then((result) => result.rows as Row[])
      .catch(asUnavailable);
  };
  const client = new Proxy(extended, {
    get(target, property) {
      if (property === '$transaction') return $transaction;
      if (property === '$queryPrepared') return $queryPrepared;
      if (property === '$admission') return limiter;
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return client as PrismaClient & {
    readonly $admission: AdmissionLimiter;
    /**
     * A read run as a named prepared statement on the same pool and admission as every
     * query: PostgreSQL parses it once per connection and, once it has seen that one
     * plan fits every value, plans it once too. For the reader's search, whose planning
     * cost more than its execution. Rows come as node-postgres reads them (no Prisma
     * types): select numbers, text and booleans, and dates as text.
     */
    $queryPrepared<Row>(query: Prisma.Sql): Promise<Row[]>;
  };
}

/**
 * Prisma's and pg's "no connection in time" (P2028, a pool timeout) are load, not a
 * bug: they become the same UNAVAILABLE refusal as the limiter's own.
 */
function asUnavailable(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028') throw serviceUnavailable();
  if (error instanceof Error && /timeout exceeded when trying to connect|connection timeout/i.test(error.message)) throw serviceUnavailable();
  throw error;
}

export type Database = ReturnType<typeof createPrismaClient>;
