// Overload on a real (embedded) PostgreSQL with a tiny pool and a tiny queue: a
// burst of concurrent data-layer calls ends either with its result or with the
// clear UNAVAILABLE refusal — never Prisma's P2028 ("unable to start a transaction",
// "expired transaction") or a pool timeout — and calls succeed again at once.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { createPrismaClient } from '@/lib/prisma-client';
import { searchPublishedStories } from '@/lib/server/reader/search-published';
import { createArticle } from '@/lib/server/article/create-article';
import { getArticle } from '@/lib/server/article/get-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { actorFor } from '../support/actors';
import { storyInput } from '../support/stories';

const tiny = () => createPrismaClient(process.env.DATABASE_URL!, { max: 2, queue: { maxWaiting: 3, maxWaitMs: 300 } });

/** Every outcome is a result or AppError UNAVAILABLE; returns how many of each. */
function tally(outcomes: PromiseSettledResult<unknown>[]) {
  const refused = outcomes.filter((o) => o.status === 'rejected');
  for (const outcome of refused) {
    const reason = (outcome as PromiseRejectedResult).reason;
    expect(reason, String(reason)).toBeInstanceOf(AppError);
    expect((reason as AppError).code).toBe('UNAVAILABLE');
  }
  return { ok: outcomes.length - refused.length, refused: refused.length };
}

describe('load shedding in the database client', () => {
  const db = tiny();
  afterAll(() => db.$disconnect());

  it('answers a burst of queries and transactions with results or UNAVAILABLE, then recovers at once', async () => {
    const slowTransaction = () =>
      db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT pg_sleep(0.1)::text`;
        return tx.staff.count();
      });
    // Both connections open first: opening one can take longer than the queue's wait.
    await Promise.all([db.$queryRaw`SELECT pg_sleep(0.05)::text`, db.$queryRaw`SELECT pg_sleep(0.05)::text`]);
    const burst = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => (i % 2 ? slowTransaction() : db.$queryRaw`SELECT pg_sleep(0.05)::text`)));
    const { ok, refused } = tally(burst);
    expect(ok).toBeGreaterThanOrEqual(2); // at least the two that found a free connection
    expect(refused).toBeGreaterThan(0);
    expect(db.$admission.refused).toBe(refused);
    expect(db.$admission.inFlight).toBe(0);
    expect(db.$admission.waiting).toBe(0);

    // The moment the burst is over, everything is admitted again.
    for (let i = 0; i < 3; i++) expect(await slowTransaction()).toBeGreaterThan(0);
    expect(await Promise.all([slowTransaction(), db.staff.count()])).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('runs a prepared statement under the same admission: prepared once per connection, refused with UNAVAILABLE under a burst', async () => {
    const statement = (marker: string) => Prisma.sql`SELECT name, statement FROM pg_prepared_statements WHERE ${marker}::text IS NOT NULL`;
    // The statement finds itself among its connection's prepared statements, under a name of its text.
    const [first] = await db.$queryPrepared<{ name: string; statement: string }>(statement('one'));
    expect(first.name).toMatch(/^masthead_/);
    expect(first.statement).toContain('pg_prepared_statements');
    expect((await db.$queryPrepared<{ name: string }>(statement('two')))[0].name).toBe(first.name);
    const burst = await Promise.allSettled(Array.from({ length: 30 }, () => db.$queryPrepared(Prisma.sql`SELECT pg_sleep(0.05)::text`)));
    const { ok, refused } = tally(burst);
    expect(ok).toBeGreaterThanOrEqual(2);
    expect(refused).toBeGreaterThan(0);
    expect(db.$admission.inFlight).toBe(0);
  });

  it('refuses a waiter that waited too long, without running it', async () => {
    const ran: number[] = [];
    const hold = () => db.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(0.6)::text`);
    const holders = [hold(), hold()];
    await new Promise((resolve) => setTimeout(resolve, 50));
    const late = db.$transaction(async (tx) => {
      ran.push(1);
      return tx.staff.count();
    });
    await expect(late).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(ran).toEqual([]);
    await Promise.all(holders);
    expect(await db.staff.count()).toBeGreaterThan(0);
  });
});

describe('load shedding in the data layer (lib/db with a tiny pool)', () => {
  const app = globalThis as unknown as { prisma?: unknown };
  const saved = app.prisma;
  afterEach(async () => {
    const shrunk = app.prisma as { $disconnect(): Promise<void> } | undefined;
    if (shrunk && shrunk !== saved) await shrunk.$disconnect();
    app.prisma = saved;
    vi.unstubAllEnvs();
  });

  it('reader searches and story saves in a burst: results, conflicts or UNAVAILABLE, and nothing else', async () => {
    vi.stubEnv('DATABASE_POOL_MAX', '2');
    vi.stubEnv('DATABASE_QUEUE_MAX', '2');
    vi.stubEnv('DATABASE_QUEUE_WAIT_MS', '200');
    delete app.prisma; // lib/db builds its client again from the variables above

    const reporter = await actorFor('reporter');
    const { id } = await createArticle({ actor: reporter, input: storyInput('限流测试') });

    const save = async (n: number) => {
      const current = await getArticle({ actor: reporter, articleId: id });
      try {
        return await updateArticle({ actor: reporter, input: { ...storyInput('限流测试', `第${n}次保存。`), id, version: current.version } });
      } catch (error) {
        // Two saves on the same version: the second is told, as in the editor.
        if (error instanceof AppError && error.messageKey === 'articleChangedElsewhere') return 'conflict';
        throw error;
      }
    };
    const burst = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? save(i) : searchPublishedStories({ publicationSlug: 'wanghe', query: i % 2 ? '湿地' : '社区', page: 1 }))),
    );
    const { ok, refused } = tally(burst);
    expect(ok).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);

    // Load gone: the same calls are answered at once.
    const again = await searchPublishedStories({ publicationSlug: 'wanghe', query: '湿地', page: 1 });
    expect(again.total).toBeGreaterThanOrEqual(0);
    expect(await save(99)).not.toBe('conflict');
  });
});
