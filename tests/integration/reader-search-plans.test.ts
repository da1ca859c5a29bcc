// How PostgreSQL plans the reader search once an archive is large enough for the
// plan to matter (30,000 stories written here in SQL). The search statements are
// prepared, and a connection's first five runs of each are planned for the values
// they carry: a plan chosen for one word must still be the right one for the
// words the app sends it (README, "How search scales").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { entryMayHold, storyContains } from '@/lib/server/reader/search-published';
import { testDb } from '../support/actors';

const db = testDb();
const slug = `search-plans-${Date.now()}`;
const STORIES = 30_000;
let publicationId: string;

beforeAll(async () => {
  const authorId = (await db.staff.findFirstOrThrow({ select: { id: true } })).id;
  publicationId = (await db.publication.create({ data: { slug, name: '计划测试报', pageFormat: {} } })).id;
  const issue = await db.issue.create({ data: { publicationId, number: 1, date: new Date('2020-01-01T00:00:00Z'), masthead: {}, pageFormat: {}, status: 'PUBLISHED' } });
  // Stories of twenty characters drawn from two thousand, one in a thousand holding 鸬鹚.
  await db.$executeRaw`
    INSERT INTO "Article" (id, headline, body, "bodyText", "authorId", "publicationId", status, "updatedAt")
    SELECT ${slug} || '-' || n, '标题' || n, '{}'::jsonb,
      (SELECT string_agg(chr(19968 + ((n * 7919 + k * 104729) % 2000)), '') FROM generate_series(1, 20) AS k) || CASE WHEN n % 1000 = 0 THEN '鸬鹚' ELSE '' END,
      ${authorId}, ${publicationId}, 'PUBLISHED', now()
    FROM generate_series(1, ${STORIES}::int) AS n`;
  await db.$executeRaw`
    INSERT INTO "ReaderSearchEntry" ("articleId", "issueId", "publicationId", "issueDate", "pageNumber", "visibleFrom", "pairSignature")
    SELECT a.id, ${issue.id}, ${publicationId}, DATE '2020-01-01' - (n / 8), 1 + n % 8, now() - interval '1 day', masthead_story_signature(a.kicker, a.headline, a.subheadline, a."bodyText")
    FROM generate_series(1, ${STORIES}::int) AS n JOIN "Article" a ON a.id = ${slug} || '-' || n`;
  await db.$executeRaw`ANALYZE "Article", "ReaderSearchEntry"`;
}, 120_000);

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "ReaderSearchEntry" WHERE "publicationId" = ${publicationId}`;
  await db.$executeRaw`DELETE FROM "Article" WHERE "publicationId" = ${publicationId}`;
  await db.$executeRaw`DELETE FROM "Issue" WHERE "publicationId" = ${publicationId}`;
  await db.publication.delete({ where: { id: publicationId } });
  await db.$disconnect();
});

/** The plan PostgreSQL makes for `sql` with its values in sight, as for a prepared statement's first runs. */
async function planOf(sql: Prisma.Sql): Promise<string> {
  const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  return plan.map((line) => line['QUERY PLAN']).join('\n');
}

describe('reader search plans', () => {
  it('walks the newest stories for a word the app judged common, whatever PostgreSQL thinks of the word it sees', async () => {
    // The shape of the walk (`newest` in search-published.ts), for page 2: each entry's pair
    // signature, then its story's text. The word is rare here: seeing it, PostgreSQL
    // would scan and sort every story rather than walk.
    const plan = await planOf(Prisma.sql`
      SELECT e."articleId" FROM "ReaderSearchEntry" e JOIN "Article" a ON a.id = e."articleId"
      WHERE e."publicationId" = (SELECT id FROM "Publication" WHERE slug = ${slug}) AND ${entryMayHold('鸬鹚')} AND ${storyContains('鸬鹚')}
      ORDER BY e."issueDate" DESC, e."pageNumber", e."articleId" LIMIT 40`);
    expect(plan).toContain('ReaderSearchEntry_publicationId_issueDate');
    expect(plan).not.toMatch(/Seq Scan on "Article"|Sort/);
  });
});
