// Sign-in throttling, per account (email) and per client address, kept in the
// database so that every app server behind the proxy counts the same attempts.
//
// An attempt is counted *before* its password is hashed (one atomic upsert per
// key) and given back if it succeeds, so twenty attempts sent at once cannot
// get more than the limit's worth of hashes between them. The times come from
// the database's clock, never an app server's, so servers whose clocks differ
// agree on when a lock ends.
//
// Our own table and two statements rather than rate-limiter-flexible's
// RateLimiterPostgres: that store takes its expiry times from each server's
// clock, needs a second connection pool beside Prisma's, and has no growing
// lockout; and a table it creates outside schema.prisma would be dropped by
// the next generated migration.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';

export type ThrottleLimit = {
  /** Failed attempts allowed in a window; the last of them locks the key. */
  attempts: number;
  windowSeconds: number;
  /** The first lock; each further lock lasts twice as long, up to `maxLockoutSeconds`. */
  lockoutSeconds: number;
  maxLockoutSeconds: number;
};

export const SIGN_IN_LIMITS = {
  /** Five wrong passwords in 15 minutes lock the account for 15 minutes, then 30, 60 … up to a day. */
  account: { attempts: 5, windowSeconds: 15 * 60, lockoutSeconds: 15 * 60, maxLockoutSeconds: 24 * 60 * 60 },
  /**
   * Thirty failures from one address in 15 minutes block it for 15 minutes (not growing:
   * a newsroom behind one office router shares an address). Successful sign-ins do not count.
   */
  address: { attempts: 30, windowSeconds: 15 * 60, lockoutSeconds: 15 * 60, maxLockoutSeconds: 15 * 60 },
} satisfies Record<string, ThrottleLimit>;

/** The key an account's failures are counted under (an admin's password reset clears it). */
export const accountThrottleKey = (email: string) => `account:${email}`;

/**
 * A key quiet this long — counted from its last attempt or the end of its lock,
 * whichever is later — starts afresh (its lockouts forgotten) and may be deleted.
 */
const FORGET_SECONDS = 24 * 60 * 60;

export type SignInAttempt =
  | ({ allowed: false } & Lock)
  | {
      allowed: true;
      /** The password was right: clears the account's failures. */
      succeeded(): Promise<void>;
      /** The password was wrong: if this failure locked the account or the address, until when. */
      failed(): Promise<Lock | null>;
    };

export type Lock = { retryAt: Date; reason: 'account' | 'address' };
type Key = { key: string; limit: ThrottleLimit; reason: 'account' | 'address' };
type Reserved = { attempts: number; lockedUntil: Date | null; windowEndsAt: Date; now: Date };

const seconds = (value: number) => Prisma.sql`(${value}::int * interval '1 second')`;

export function createSignInThrottle({ db, limits = SIGN_IN_LIMITS }: { db: Database; limits?: typeof SIGN_IN_LIMITS }) {
  /** Counts one attempt on `key` unless it is locked; one statement, so concurrent attempts queue on the row. */
  async function reserve({ key, limit }: Key): Promise<Reserved> {
    const [row] = await db.$queryRaw<Reserved[]>`
      INSERT INTO "SignInThrottle" AS t ("key", "attempts", "windowEndsAt", "updatedAt")
      VALUES (${key}, 1, now() + ${seconds(limit.windowSeconds)}, now())
      ON CONFLICT ("key") DO UPDATE SET
        "attempts" = CASE
          WHEN t."lockedUntil" > now() THEN t."attempts"
          WHEN t."windowEndsAt" <= now() THEN 1
          ELSE t."attempts" + 1 END,
        "windowEndsAt" = CASE
          WHEN t."lockedUntil" > now() OR t."windowEndsAt" > now() THEN t."windowEndsAt"
          ELSE now() + ${seconds(limit.windowSeconds)} END,
        "lockouts" = CASE WHEN GREATEST(t."updatedAt", t."lockedUntil") <= now() - ${seconds(FORGET_SECONDS)} THEN 0 ELSE t."lockouts" END,
        "updatedAt" = now()
      RETURNING "attempts", "lockedUntil", "windowEndsAt", now() AS "now"`;
    return row;
  }

  /** The refusal for a reserved attempt, or null when it may go on to the password check. */
  function refusal({ limit, reason }: Key, row: Reserved): SignInAttempt | null {
    if (row.lockedUntil && row.lockedUntil > row.now) return { allowed: false, retryAt: row.lockedUntil, reason };
    // Over the limit without a lock yet: the attempts still in flight will set it when they fail.
    if (row.attempts > limit.attempts) return { allowed: false, retryAt: row.windowEndsAt, reason };
    return null;
  }

  /** A wrong password: the attempt that reaches the limit locks the key, for longer each time. */
  async function fail({ key, limit }: Key): Promise<Date | null> {
    const lockFor = Prisma.sql`LEAST(${limit.lockoutSeconds}::int * power(2, LEAST(t."lockouts", 20)), ${limit.maxLockoutSeconds}::int) * interval '1 second'`;
    const [row] = await db.$queryRaw<{ lockedUntil: Date | null; locked: boolean }[]>`
      UPDATE "SignInThrottle" AS t SET
        "lockedUntil" = CASE WHEN t."attempts" >= ${limit.attempts} THEN now() + ${lockFor} ELSE t."lockedUntil" END,
        "lockouts" = CASE WHEN t."attempts" >= ${limit.attempts} THEN t."lockouts" + 1 ELSE t."lockouts" END,
        "attempts" = CASE WHEN t."attempts" >= ${limit.attempts} THEN 0 ELSE t."attempts" END,
        "updatedAt" = now()
      WHERE t."key" = ${key}
      RETURNING "lockedUntil", coalesce("lockedUntil" > now(), false) AS "locked"`;
    return row?.locked ? row.lockedUntil : null;
  }

  /** An attempt that turned out not to be a failure no longer counts. */
  async function giveBack({ key }: Key) {
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET "attempts" = GREATEST("attempts" - 1, 0)
      WHERE "key" = ${key} AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())`;
  }

  async function forgetQuietKeys() {
    await db.$executeRaw`
      DELETE FROM "SignInThrottle"
      WHERE "updatedAt" < now() - ${seconds(FORGET_SECONDS)} -- this condition can use the index
        AND GREATEST("updatedAt", "lockedUntil") < now() - ${seconds(FORGET_SECONDS)}`;
  }

  return {
    /**
     * Call before the password is hashed. `address` may be null when the app cannot
     * tell where the request came from; the account's limit applies all the same.
     */
    async begin({ email, address }: { email: string; address: string | null }): Promise<SignInAttempt> {
      const account: Key = { key: accountThrottleKey(email), limit: limits.account, reason: 'account' };
      const byAddress: Key | null = address ? { key: `address:${address}`, limit: limits.address, reason: 'address' } : null;

      if (byAddress) {
        const refused = refusal(byAddress, await reserve(byAddress));
        if (refused) return refused;
      }
      const refused = refusal(account, await reserve(account));
      if (refused) {
        // Knocking on a locked account costs no hash; it does not count against the whole address.
        if (byAddress) await giveBack(byAddress);
        return refused;
      }

      return {
        allowed: true,
        async succeeded() {
          await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE "key" = ${account.key}`;
          if (byAddress) await giveBack(byAddress);
          await forgetQuietKeys();
        },
        async failed() {
          const accountLock = await fail(account);
          const addressLock = byAddress ? await fail(byAddress) : null;
          if (addressLock && (!accountLock || addressLock > accountLock)) return { retryAt: addressLock, reason: 'address' };
          return accountLock ? { retryAt: accountLock, reason: 'account' } : null;
        },
      };
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
