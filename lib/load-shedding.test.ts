import { describe, expect, it, vi } from 'vitest';
import { AdmissionLimiter } from './load-shedding';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('AdmissionLimiter', () => {
  it('runs `permits` at once, queues up to `maxWaiting` in order, and refuses the next at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const limiter = new AdmissionLimiter({ permits: 2, maxWaiting: 2, maxWaitMs: 10_000, doorWaitMs: 1000 });
    const gates = Array.from({ length: 4 }, deferred);
    const order: number[] = [];
    const runs = gates.map((gate, i) => limiter.run(async () => { order.push(i); await gate.promise; return i; }));
    await Promise.resolve();
    expect(limiter.inFlight).toBe(2);
    expect(limiter.waiting).toBe(2);
    expect(limiter.isSaturated()).toBe(true);
    await expect(limiter.run(async () => 'never')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(limiter.inFlight).toBe(0);
    expect(limiter.isSaturated()).toBe(false);
    expect(await limiter.run(async () => 'again')).toBe('again');
  });

  it('refuses a waiter after maxWaitMs without running it, and frees its place', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const limiter = new AdmissionLimiter({ permits: 1, maxWaiting: 1, maxWaitMs: 500, doorWaitMs: 100 });
    const gate = deferred();
    const holder = limiter.run(() => gate.promise);
    const work = vi.fn(async () => 'late');
    const late = limiter.run(work);
    const refusal = expect(late).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await vi.advanceTimersByTimeAsync(501);
    await refusal;
    expect(work).not.toHaveBeenCalled();
    expect(limiter.waiting).toBe(0);
    expect(limiter.refused).toBe(1);
    gate.resolve();
    await holder;
    expect(limiter.inFlight).toBe(0);
    vi.useRealTimers();
  });

  it('closes the door while the longest waiter has waited doorWaitMs, and opens it when the queue moves', async () => {
    vi.useFakeTimers();
    const limiter = new AdmissionLimiter({ permits: 1, maxWaiting: 100, maxWaitMs: 15_000, doorWaitMs: 1000 });
    const gate = deferred();
    const holder = limiter.run(() => gate.promise);
    const waiter = limiter.run(async () => 'done');
    expect(limiter.isSaturated()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(limiter.isSaturated()).toBe(true);
    gate.resolve();
    await holder;
    expect(await waiter).toBe('done');
    expect(limiter.isSaturated()).toBe(false);
    vi.useRealTimers();
  });

  it('releases the permit when the work throws', async () => {
    const limiter = new AdmissionLimiter({ permits: 1, maxWaiting: 0, maxWaitMs: 100, doorWaitMs: 50 });
    await expect(limiter.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'ok')).toBe('ok');
  });
});
