import { describe, expect, it, vi } from 'vitest';
import { createLimiter, LimiterBusyError } from './concurrency-limit';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('runs at most `concurrency` tasks at once and the waiting ones in order', async () => {
    const limiter = createLimiter({ concurrency: 2, maxQueue: 3 });
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const results = gates.map((gate, index) =>
      limiter.run(async () => {
        started.push(index);
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.stats()).toEqual({ active: 2, waiting: 3 });
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(limiter.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it('refuses at once beyond the queue, and frees its place when a task fails', async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueue: 1 });
    const gate = deferred();
    const first = limiter.run(() => gate.promise.then(() => Promise.reject(new Error('chromium crashed'))));
    const second = limiter.run(async () => 'second');
    await expect(limiter.run(async () => 'third')).rejects.toBeInstanceOf(LimiterBusyError);
    gate.resolve();
    await expect(first).rejects.toThrow('chromium crashed');
    expect(await second).toBe('second');
    expect(await limiter.run(async () => 'again')).toBe('again');
  });

  it('gives up on a task that waited too long', async () => {
    vi.useFakeTimers();
    try {
      const limiter = createLimiter({ concurrency: 1, maxQueue: 5, maxWaitMs: 1000 });
      const gate = deferred();
      const first = limiter.run(() => gate.promise);
      const waiting = limiter.run(async () => 'late');
      const refused = expect(waiting).rejects.toMatchObject({ reason: 'waitedTooLong' });
      await vi.advanceTimersByTimeAsync(1001);
      await refused;
      expect(limiter.stats()).toEqual({ active: 1, waiting: 0 });
      gate.resolve();
      await first;
    } finally {
      vi.useRealTimers();
    }
  });
});
