// Sign-in throttling on a real PostgreSQL: counted in the database, so a second
// app server sees the same count; counted before the password is hashed, so a
// lock refuses even the right password and concurrent attempts cannot get past
// the limit; and a wrong password leaves one short line in the log, no stack.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSignInThrottle, SIGN_IN_LIMITS } from '@/lib/auth/sign-in-throttle';
import { testDb } from '../support/actors';
import { createTestStaff, postSignIn } from '../support/sign-in';

const PASSWORD = 'a-long-enough-passphrase';
// Two pools stand for two app servers on one database.
const serverA = testDb();
const serverB = testDb();
afterAll(() => Promise.all([serverA.$disconnect(), serverB.$disconnect()]));

const throttleA = createSignInThrottle({ db: serverA });
const throttleB = createSignInThrottle({ db: serverB });
let addressCounter = 0;
/** A fresh documentation address per test, so address counts never leak between tests. */
const freshAddress = () => `198.51.100.${++addressCounter}`;
const minutesUntil = (date: Date) => (date.getTime() - Date.now()) / 60_000;

async function failOnce(throttle: typeof throttleA, email: string, address: string) {
  const attempt = await throttle.begin({ email, address });
  if (!attempt.allowed) return attempt;
  return (await attempt.failed()) ?? { allowed: true as const };
}

describe('per account', () => {
  it('five wrong passwords lock the account, and then even the right password is refused', async () => {
    const staff = await createTestStaff(serverA, { password: PASSWORD });
    const address = freshAddress();
    const codes: (string | null)[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.account.attempts; i++) codes.push((await postSignIn({ email: staff.email, password: 'wrong-password', address })).code);
    // The fifth failure locks the account, and says so.
    expect(codes).toEqual(['credentials', 'credentials', 'credentials', 'credentials', 'throttled']);

    const right = await postSignIn({ email: staff.email, password: PASSWORD, address });
    expect(right).toMatchObject({ ok: false, code: 'throttled' });
    // From another address too: the lock is on the account.
    expect(await postSignIn({ email: staff.email, password: PASSWORD, address: freshAddress() })).toMatchObject({ ok: false, code: 'throttled' });
  });

  it('a second server on the same database sees the same count and the same lock', async () => {
    const email = `second-server-${Date.now()}@test.invalid`;
    const address = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.attempts - 1; i++) await failOnce(throttleA, email, address);
    // The last allowed failure happens on server B and locks the account for both.
    expect(await failOnce(throttleB, email, address)).toMatchObject({ reason: 'account' });
    const onA = await throttleA.begin({ email, address });
    expect(onA.allowed).toBe(false);
    if (!onA.allowed) expect(minutesUntil(onA.retryAt)).toBeCloseTo(15, 0);
  });

  it('twenty attempts at once get at most five password checks between them', async () => {
    const email = `concurrent-${Date.now()}@test.invalid`;
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? throttleA : throttleB).begin({ email, address: freshAddress() })));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(SIGN_IN_LIMITS.account.attempts);
    await Promise.all(attempts.map((attempt) => (attempt.allowed ? attempt.failed() : null)));
    expect((await throttleA.begin({ email, address: freshAddress() })).allowed).toBe(false);
  });

  it('twenty wrong passwords at once through the sign-in handler: at most five are checked', async () => {
    const staff = await createTestStaff(serverA, { password: PASSWORD });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => postSignIn({ email: staff.email, password: 'wrong-password', address: freshAddress() })));
    expect(outcomes.every((outcome) => !outcome.ok)).toBe(true);
    // 'credentials' is answered only after a password check; every other one was refused before it.
    expect(outcomes.filter((outcome) => outcome.code === 'credentials').length).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.attempts);
    expect(outcomes.filter((outcome) => outcome.code === 'throttled').length).toBeGreaterThanOrEqual(20 - SIGN_IN_LIMITS.account.attempts);
  });

  it('a successful sign-in clears the failures before it', async () => {
    const staff = await createTestStaff(serverA, { password: PASSWORD });
    const address = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.attempts - 1; i++) await postSignIn({ email: staff.email, password: 'wrong-password', address });
    expect((await postSignIn({ email: staff.email, password: PASSWORD, address })).ok).toBe(true);
    expect(await serverA.signInThrottle.findUnique({ where: { key: `account:${staff.email}` } })).toBeNull();
    expect((await postSignIn({ email: staff.email, password: 'wrong-password', address })).code).toBe('credentials');
  });

  it('each lock lasts twice as long as the one before', async () => {
    const email = `growing-${Date.now()}@test.invalid`;
    const address = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.attempts; i++) await failOnce(throttleA, email, address);
    // The first lock has run out.
    await serverA.signInThrottle.update({ where: { key: `account:${email}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    let last;
    for (let i = 0; i < SIGN_IN_LIMITS.account.attempts; i++) last = await failOnce(throttleA, email, address);
    expect(last).toMatchObject({ reason: 'account' });
    expect(minutesUntil((last as { retryAt: Date }).retryAt)).toBeCloseTo(30, 0);
  });

  it('lockouts are remembered through a day-long lock, and forgotten after a quiet day', async () => {
    const email = `remembered-${Date.now()}@test.invalid`;
    const key = `account:${email}`;
    const lockAgain = async () => {
      let last;
      for (let i = 0; i < SIGN_IN_LIMITS.account.attempts; i++) last = await failOnce(throttleA, email, freshAddress());
      return minutesUntil((last as { retryAt: Date }).retryAt);
    };
    await lockAgain();
    // Seven lockouts so far; the last, a day long, ended an hour ago (its last attempt was 25 hours ago).
    const hours = (n: number) => new Date(Date.now() + n * 60 * 60 * 1000);
    await serverA.signInThrottle.update({ where: { key }, data: { lockouts: 7, lockedUntil: hours(-1), updatedAt: hours(-25) } });
    expect(await lockAgain()).toBeCloseTo(24 * 60, 0);
    // A whole quiet day after the lock ended: a fresh start.
    await serverA.signInThrottle.update({ where: { key }, data: { lockedUntil: hours(-25), updatedAt: hours(-49) } });
    expect(await lockAgain()).toBeCloseTo(15, 0);
  });
});

describe('per address', () => {
  it('thirty failures from one address block it for every account', async () => {
    const address = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.address.attempts; i++) await failOnce(i % 2 ? throttleA : throttleB, `spray-${i}-${Date.now()}@test.invalid`, address);
    const next = await throttleA.begin({ email: `never-tried-${Date.now()}@test.invalid`, address });
    expect(next).toMatchObject({ allowed: false, reason: 'address' });
    // Another address is not affected.
    expect((await throttleA.begin({ email: `never-tried-${Date.now()}@test.invalid`, address: freshAddress() })).allowed).toBe(true);
  });

  it('successful sign-ins do not count against the address', async () => {
    const address = freshAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.address.attempts + 5; i++) {
      const attempt = await throttleA.begin({ email: `colleague-${i}-${Date.now()}@test.invalid`, address });
      expect(attempt.allowed).toBe(true);
      if (attempt.allowed) await attempt.succeeded();
    }
  });
});

describe('the log', () => {
  it('a wrong password leaves at most one short line, with no stack trace', async () => {
    const staff = await createTestStaff(serverA, { password: PASSWORD });
    const lines: string[] = [];
    const capture = (...args: unknown[]) => void lines.push(...args.map((arg) => (arg instanceof Error ? (arg.stack ?? String(arg)) : String(arg))).join(' ').split('\n'));
    const spies = (['error', 'warn', 'log', 'info'] as const).map((method) => vi.spyOn(console, method).mockImplementation(capture));
    try {
      await postSignIn({ email: staff.email, password: 'wrong-password', address: freshAddress() });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines.length).toBeLessThanOrEqual(1);
    expect(lines.join('\n')).not.toMatch(/^\s+at /m);
  });
});
