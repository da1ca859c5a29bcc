// Admission to the database, with bounded waiting. A process has a few pool
// connections; under a burst, requests that cannot get one soon are better
// refused at once with a clear "busy" answer (503, Retry-After) than queued for
// seconds until a transaction expires and the user sees a 500. Used by the one
// Prisma client (lib/prisma-client.ts); the proxy reads `isSaturated()` to turn
// new requests away at the door while the queue is half full or slow. No 'server-only' here:
// scripts and tests build the same client outside Next.js.
import { AppError } from './errors';

export type AdmissionOptions = {
  /** Operations at once: the pool's connection count. */
  permits: number;
  /**
   * Operations that may wait for a permit; one more is refused at once. New
   * requests are turned away at the door (proxy.ts) when half as many wait, so this
   * bound is only reached by a burst that got past the door together.
   */
  maxWaiting: number;
  /**
   * How long one may wait before it is refused: long, because a refusal halfway
   * through a page is a 500 (see proxy.ts); only a database that stopped answering
   * should reach it.
   */
  maxWaitMs: number;
  /** New requests are turned away at the door while the longest waiter has waited this long. */
  doorWaitMs: number;
};

/** Seconds a refused client is asked to wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

/** The error the data layer throws when it sheds load; pages, routes and actions answer 503 / "busy". */
export const serviceUnavailable = () => new AppError('UNAVAILABLE', 'unavailable');

export const isServiceUnavailable = (error: unknown): error is AppError =>
  error instanceof AppError && error.code === 'UNAVAILABLE';

type Waiter = { admit: () => void; timer: NodeJS.Timeout; since: number };

export class AdmissionLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  /** Operations refused since the process started (logged, and read by tests). */
  refused = 0;

  constructor(readonly options: AdmissionOptions) {}

  get inFlight() {
    return this.active;
  }

  get waiting() {
    return this.queue.length;
  }

  /**
   * True while the queue is half full, or its longest waiter has waited `doorWaitMs`
   * (a busy CPU shows here too: permits are held until the event loop gets round to
   * the results). New requests are then turned away before they start, so that
   * those already running finish rather than being refused halfway.
   */
  isSaturated() {
    const { maxWaiting, doorWaitMs } = this.options;
    const oldest = this.queue[0];
    return this.queue.length >= Math.max(1, Math.floor(maxWaiting / 2)) || (!!oldest && Date.now() - oldest.since >= doorWaitMs);
  }

  /** Runs `work` holding a permit, or throws `serviceUnavailable()` without running it. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.options.permits && this.queue.length === 0) {
      this.active += 1;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxWaiting) return Promise.reject(this.refuse());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        since: Date.now(),
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(this.refuse());
        }, this.options.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  /** The permit goes straight to the longest waiter, so none is overtaken by a newcomer. */
  private release() {
    const next = this.queue.shift();
    if (!next) {
      this.active -= 1;
      return;
    }
    clearTimeout(next.timer);
    next.admit();
  }

  private refuse() {
    this.refused += 1;
    // One line per second at most: a burst of refusals must not flood the log.
    const now = Date.now();
    if (now - lastLogged >= 1000) {
      lastLogged = now;
      console.warn(`[load-shedding] database busy: ${this.active} running, ${this.queue.length} waiting; ${this.refused} refused so far`);
    }
    return serviceUnavailable();
  }
}

let lastLogged = 0;

// The app's limiter, registered where proxy.ts (bundled separately, same process)
// can find it without importing the database client.
const REGISTRY = Symbol.for('masthead.databaseAdmission');
type Registry = { [REGISTRY]?: AdmissionLimiter };

export function registerDatabaseAdmission(limiter: AdmissionLimiter) {
  (globalThis as Registry)[REGISTRY] = limiter;
}

/** True while the app's database queue is full (false before the first query). */
export function databaseSaturated(): boolean {
  return (globalThis as Registry)[REGISTRY]?.isSaturated() ?? false;
}
