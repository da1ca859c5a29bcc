// The embedded database must answer like PostgreSQL: after a failed statement the
// same connection's next queries get their own answers. pglite-socket 0.1.x sent
// an extra ReadyForQuery after an extended-protocol error, shifting every later
// answer by one; 0.2.x answers as PostgreSQL does. This guards against a relapse.
import { afterAll, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';

// Two connections, as the app's pool has: the slip showed when both were busy.
const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

it('answers the queries after a unique violation with their own rows', async () => {
  // As when two people create the same issue at once: two transactions, one fails
  // on a unique constraint; then the pool's connections are used again at once.
  for (let round = 0; round < 10; round++) {
    const email = `dup-${round}-${Date.now()}@masthead.local`;
    const insert = () => db.$transaction(async (tx) => {
      await tx.publication.count();
      await tx.staff.create({ data: { name: '重复', email, passwordHash: 'x', roles: [] } });
    });
    const results = await Promise.allSettled([insert(), insert()]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const [publication, count] = await Promise.all([db.publication.findFirst(), db.publication.count()]);
    expect(publication?.slug).toEqual(expect.any(String));
    expect(count).toEqual(expect.any(Number));
  }
});
