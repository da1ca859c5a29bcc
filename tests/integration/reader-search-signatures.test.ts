// The pair signatures of the reader search's entries (migration 0020), on a real
// (embedded) PostgreSQL: a walk through the newest stories reads the text only of
// stories whose signature may hold the word. A signature must never rule out a
// story that holds the word, must be written with the entry, and must follow the
// story's text when it changes after publication, whatever code changes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Prisma } from '@/lib/generated/prisma/client';
import { SEARCH_COUNT_CAP, searchPublishedStories } from '@/lib/server/reader/search-published';
import { writeReaderSearchEntries } from '@/lib/server/reader/search-entries';
import { characterRuns } from '@/lib/domain/character-runs';
import { pairSignatureHex } from '@/lib/domain/pair-signature';
import { hasNoLetterCase } from '@/lib/domain/search-text';
import { testDb } from '../support/actors';

const db = testDb();
const slug = `search-signatures-${Date.now()}`;
const issueId = `${slug}-issue`;
let publicationId: string;

/** More stories than the cap, so that a page of 苇塘 is found by walking the newest. */
const STORIES = SEARCH_COUNT_CAP + 20;

beforeAll(async () => {
  const authorId = (await db.staff.findFirstOrThrow({ select: { id: true } })).id;
  publicationId = (await db.publication.create({ data: { slug, name: '签名测试报', pageFormat: {} } })).id;
  // Written in SQL: a thousand stories through the data layer would take minutes. Each
  // holds 苇塘 and, in turn, text of other kinds: Latin in both cases, full-width forms,
  // characters outside the Basic Multilingual Plane, punctuation and digits.
  await db.$executeRaw`
    WITH issue AS (
      INSERT INTO "Issue" (id, "publicationId", number, date, masthead, "pageFormat", status, "updatedAt")
      VALUES (${issueId}, ${publicationId}, 1, '2015-06-01', '{}', '{}', 'PUBLISHED', now()) RETURNING id
    ), page AS (
      INSERT INTO "Page" (id, "issueId", number, name) SELECT ${slug} || '-page', id, 1, '专题' FROM issue RETURNING id
    ), article AS (
      INSERT INTO "Article" (id, kicker, headline, subheadline, body, "bodyText", status, "authorId", "publicationId", "updatedAt")
      SELECT ${slug} || '-' || n,
        CASE WHEN n % 3 = 0 THEN '引题Kicker' || n END,
        '第' || n || '条：苇塘' || (ARRAY['Wi-Fi覆盖', 'ＡＢＣ全角', '𠀀𠀁𠮷野家', '“引号”，句号。', 'x'])[1 + n % 5],
        CASE WHEN n % 4 = 0 THEN '副题' || chr(19968 + n) || chr(20992 + n) END,
        '{"type":"doc"}',
        (SELECT string_agg(chr(19968 + ((n * 7919 + k * 104729) % 3000)), '') FROM generate_series(1, 40 + n % 200) AS k),
        'PUBLISHED', ${authorId}, ${publicationId}, now()
      FROM generate_series(1, ${STORIES}::int) AS n RETURNING id
    ), slot AS (
      INSERT INTO "Slot" (id, "pageId", name, "column", "row", columns, rows)
      SELECT 'slot-' || a.id, page.id, '简讯', 1, 1, 1, 1 FROM article a, page RETURNING id
    )
    INSERT INTO "Placement" (id, "slotId", "articleId") SELECT 'placement-' || id, id, substring(id from 6) FROM slot`;
  await writeReaderSearchEntries(db, Prisma.sql`i.id = ${issueId}`);
}, 120_000);

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Issue" WHERE "publicationId" = ${publicationId}`;
  await db.$executeRaw`DELETE FROM "Article" WHERE "publicationId" = ${publicationId}`;
  await db.publication.delete({ where: { id: publicationId } });
  await db.$disconnect();
});

const firstPage = async (query: string) => (await searchPublishedStories({ publicationSlug: slug, query, page: 1 })).results.map((result) => result.articleId);
const signatureOf = async (id: string) =>
  (await db.$queryRaw<{ signature: string | null }[]>`SELECT "pairSignature"::text AS signature FROM "ReaderSearchEntry" WHERE "articleId" = ${id}`)[0].signature;
const computedSignatureOf = async (id: string) =>
  (await db.$queryRaw<{ signature: string }[]>`SELECT masthead_story_signature(kicker, headline, subheadline, "bodyText")::text AS signature FROM "Article" WHERE id = ${id}`)[0].signature;

describe('reader search pair signatures', () => {
  it('are written with every entry, and never rule out a story that holds the query', async () => {
    const missing = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "ReaderSearchEntry" WHERE "publicationId" = ${publicationId} AND "pairSignature" IS NULL`;
    expect(missing[0].count).toBe(0);
    // Every run of two to five characters in every part of a fifth of the stories (the first
    // sixty characters of a body), as a reader could type it and in upper case, must pass
    // the story's signature.
    const ruledOut = await db.$queryRaw<{ query: string }[]>`
      WITH part AS (
        SELECT e."pairSignature" AS signature, text
        FROM "ReaderSearchEntry" e JOIN "Article" a ON a.id = e."articleId",
          unnest(ARRAY[a.kicker, a.headline, a.subheadline, a."bodyText"]) AS text
        WHERE e."publicationId" = ${publicationId} AND text IS NOT NULL AND e."articleId" ~ '[05]$'
      ), query AS (
        SELECT signature, variant AS query
        FROM part, generate_series(1, least(char_length(text) - 1, 60)) AS start, generate_series(2, 5) AS length,
          unnest(ARRAY[substr(text, start, length), upper(substr(text, start, length))]) AS variant
        WHERE start + length - 1 <= char_length(text)
      ), wanted AS (SELECT signature, query, masthead_pair_signature(masthead_bigrams(query)) AS bits FROM query)
      SELECT query FROM wanted WHERE (signature & bits) <> bits LIMIT 5`;
    expect(ruledOut).toEqual([]);
  });

  it("are worked out for a query in the app exactly as PostgreSQL's functions work them out", async () => {
    // Runs of two to five characters of every part of a tenth of the stories, and some by hand.
    const fromStories = await db.$queryRaw<{ query: string }[]>`
      SELECT DISTINCT substr(text, start, length) AS query
      FROM "Article" a, unnest(ARRAY[a.kicker, a.headline, a.subheadline, a."bodyText"]) AS text,
        generate_series(1, least(char_length(text) - 1, 30)) AS start, generate_series(2, 5) AS length
      WHERE a."publicationId" = ${publicationId} AND text IS NOT NULL AND a.id ~ '0$' AND start + length - 1 <= char_length(text)`;
    const queries = [...fromStories.map((row) => row.query), '𠀀𠀁𠮷', '“引号”，', '１２３号', 'ＡＢＣ', '社区社区社', '2026年'].filter(hasNoLetterCase);
    expect(queries.length).toBeGreaterThan(1000);
    const computed = await db.$queryRaw<{ query: string; signature: string; pairs: string[]; trigrams: string[] }[]>`
      SELECT query, masthead_pair_signature(masthead_bigrams(query))::text AS signature, masthead_bigrams(query) AS pairs, masthead_trigrams(query) AS trigrams
      FROM unnest(${queries}::text[]) AS query`;
    const bits = (hex: string) => [...hex.slice(1)].map((digit) => Number.parseInt(digit, 16).toString(2).padStart(4, '0')).join('');
    const sorted = (runs: string[]) => [...new Set(runs)].sort();
    for (const { query, signature, pairs, trigrams } of computed) {
      expect(bits(pairSignatureHex(characterRuns(query, 2))), query).toBe(signature);
      expect(sorted(characterRuns(query, 2)), query).toEqual(sorted(pairs));
      expect(sorted(characterRuns(query, 3)), query).toEqual(sorted(trigrams));
    }
  });

  it('let a walk skip the text of a story whose signature rules the word out, and read it when there is none yet', async () => {
    const newestFirst = await firstPage('苇塘');
    expect(newestFirst).toHaveLength(20);
    const [skipped, unsigned] = newestFirst;
    // An empty signature says the story holds no pair: the walk must not read its text.
    await db.$executeRaw`UPDATE "ReaderSearchEntry" SET "pairSignature" = 0::bit(8192) WHERE "articleId" = ${skipped}`;
    await db.$executeRaw`UPDATE "ReaderSearchEntry" SET "pairSignature" = NULL WHERE "articleId" = ${unsigned}`;
    const walked = await firstPage('苇塘');
    expect(walked).not.toContain(skipped);
    expect(walked).toContain(unsigned);
    await db.$executeRaw`UPDATE "ReaderSearchEntry" e SET "pairSignature" = masthead_story_signature(a.kicker, a.headline, a.subheadline, a."bodyText") FROM "Article" a WHERE a.id = e."articleId" AND e."articleId" IN (${skipped}, ${unsigned})`;
    expect(await firstPage('苇塘')).toEqual(newestFirst);
  });

  it("follow the story's text when it changes after publication, by any code", async () => {
    const [changed] = await firstPage('苇塘');
    // Plain updates, as any save or correction makes them: no search code is called.
    await db.article.update({ where: { id: changed }, data: { headline: '更正后的标题' } });
    expect(await signatureOf(changed)).toEqual(await computedSignatureOf(changed));
    expect(await firstPage('苇塘')).not.toContain(changed);
    // 苇塘 is back in the body: the walk finds the story only if its signature followed.
    await db.article.update({ where: { id: changed }, data: { bodyText: '更正：苇塘在城东。' } });
    expect(await signatureOf(changed)).toEqual(await computedSignatureOf(changed));
    expect((await firstPage('苇塘'))[0]).toBe(changed);
    // The kicker and subheadline count too.
    await db.article.update({ where: { id: changed }, data: { kicker: '鹈鹕来了', subheadline: '白鹭飞过' } });
    expect(await signatureOf(changed)).toEqual(await computedSignatureOf(changed));
    // A change that leaves the text alone leaves the entry alone.
    const unchanged = await signatureOf(changed);
    await db.article.update({ where: { id: changed }, data: { status: 'PUBLISHED', credits: '摄影 本报记者' } });
    expect(await signatureOf(changed)).toEqual(unchanged);
  });

  it("follow a correction made while the story's issue is written to the search again, whichever commits first", async () => {
    const [story] = await firstPage('苇塘');
    const connect = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      return client;
    };
    const [publishing, correcting] = await Promise.all([connect(), connect()]);
    try {
      // Two transactions at once on the server: the issue's entries are written again (as
      // moveIssue does) and, before that commits, the story's body is corrected.
      await publishing.query('BEGIN');
      await writeReaderSearchEntries({ $executeRaw: async (query) => (await publishing.query(query.text, query.values)).rowCount ?? 0 }, Prisma.sql`i.id = ${issueId}`);
      await correcting.query('BEGIN');
      const corrected = correcting.query(`UPDATE "Article" SET "bodyText" = '鹈鹕飞过苇塘。' WHERE id = $1`, [story]).then(() => correcting.query('COMMIT'));
      // Let the correction reach the server and wait there, if it waits.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await publishing.query('COMMIT');
      await corrected;
    } finally {
      await Promise.all([publishing.end(), correcting.end()]);
    }
    expect(await signatureOf(story)).toEqual(await computedSignatureOf(story));
  });
});
