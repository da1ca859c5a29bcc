// At most `concurrency` tasks at once; up to `maxQueue` more wait their turn, in
// order, for at most `maxWaitMs`; beyond that a task is refused at once with
// LimiterBusyError, so a burst of requests cannot pile up work (or memory) without end.

export class LimiterBusyError extends Error {
  constructor(readonly reason: 'queueFull' | 'waitedTooLong') {
    super(`limiter busy: ${reason}`);
    this.name = 'LimiterBusyError';
  }
}

type Waiter = { start: () => void; timer: ReturnType<typeof setTimeout> | null };

export function createLimiter(options: { concurrency: number; maxQueue: number; maxWaitMs?: number }) {
  let active = 0;
  const queue: Waiter[] = [];

  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) {
      if (next.timer) clearTimeout(next.timer);
      active += 1;
      next.start();
    }
  };

  function acquire(): Promise<void> {
    if (active < options.concurrency) {
      active += 1;
      return Promise.resolve();
    }
    if (queue.length >= options.maxQueue) return Promise.reject(new LimiterBusyError('queueFull'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { start: resolve, timer: null };
      if (options.maxWaitMs !== undefined) {
        waiter.timer = setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new LimiterBusyError('waitedTooLong'));
        }, options.maxWaitMs);
      }
      queue.push(waiter);
    });
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats: () => ({ active, waiting: queue.length }),
  };
}
