import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { escapeLike, searchSnippet } from '@/lib/domain/search-snippet';
import { NOW_UTC } from './search-entries';

export const SEARCH_PAGE_SIZE = 20;
/** Results are counted up to this many ("1000+"): an exact count of a common word would read the whole archive. */
export const SEARCH_COUNT_CAP = 1000;
export const SEARCH_MAX_PAGE = SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE;

/**
 * True for a story of `a` that has every character pair of `query`. Written
 * exactly as the index expression of migration 0006, or the planner cannot use it.
 */
export const storyHasBigramsOf = (query: string) =>
  Prisma.sql`masthead_story_bigrams(a.kicker, a.headline, a.subheadline, a."bodyText") @> masthead_bigrams(${query})`;

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * How many stories have every pair of `query`, by the statistics ANALYZE keeps on the
 * bigram index (its most common pairs and their shares); 0 when a pair is not among them.
 */
async function estimatedMatches(tx: Transaction, query: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ estimate: number | null }[]>`
    WITH pairs AS (SELECT DISTINCT pair FROM unnest(masthead_bigrams(${query})) AS pair),
    known AS (
      SELECT m.share FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(pair, share)
      WHERE s.tablename = 'Article_search_bigrams_idx' AND m.pair IN (SELECT pair FROM pairs)
    )
    SELECT CASE WHEN (SELECT count(*) FROM known) = (SELECT count(*) FROM pairs)
      THEN (SELECT min(share) FROM known) * (SELECT reltuples FROM pg_class WHERE relname = 'Article') END::float8 AS estimate`;
  return row?.estimate ?? 0;
}

type Row = {
  total: number;
  id: string | null;
  headline: string;
  kicker: string | null;
  bodyText: string;
  issueNumber: number;
  issueDate: Date;
  pageNumber: number;
  pageName: string;
};

/**
 * Chinese substring search over the stories of published issues, newest issue
 * first. See README, "How search scales".
 *
 * What a visitor may find is the list kept in ReaderSearchEntry (the stories of
 * published issues, and of scheduled ones from their time), which also holds the
 * issue date and page that results are sorted by: one narrow table to join.
 * A query of two or more characters is looked up in the bigram index
 * (migration 0006): a story can contain the query only if it has all of the
 * query's character pairs, and for two characters that is exact. Longer
 * queries are then checked with ILIKE.
 *
 * One statement collects up to SEARCH_COUNT_CAP + 1 matches through the index,
 * counts them and sorts them for the page asked for. More matches than the cap
 * make a common word: its page walks the newest entries instead and stops at
 * its last result, testing the text with ILIKE (computing a story's pairs would
 * cost far more). A word the index statistics already put past the cap goes
 * straight to the walk.
 */
export async function searchPublishedStories({ publicationSlug, query, page }: { publicationSlug: string; query: string; page: number }) {
  const pattern = `%${escapeLike(query)}%`;
  const offset = (Math.min(page, SEARCH_MAX_PAGE) - 1) * SEARCH_PAGE_SIZE;
  const characters = [...query].length;
  const contains = Prisma.sql`(a.headline ILIKE ${pattern} OR a."bodyText" ILIKE ${pattern} OR a.kicker ILIKE ${pattern} OR a.subheadline ILIKE ${pattern})`;
  // Two characters are one pair: the index is exact. Longer queries are checked whole.
  const indexed = characters < 2 ? null : characters === 2 ? storyHasBigramsOf(query) : Prisma.sql`${storyHasBigramsOf(query)} AND ${contains}`;
  // The publication as a constant (an init plan), so that the entries' (publicationId,
  // issueDate) index yields stories newest first and a walk can stop early.
  const matching = (condition: Prisma.Sql) => Prisma.sql`
    FROM "ReaderSearchEntry" e
    JOIN "Article" a ON a.id = e."articleId"
    WHERE e."publicationId" = (SELECT id FROM "Publication" WHERE slug = ${publicationSlug})
      AND e."visibleFrom" <= ${NOW_UTC}
      AND ${condition}`;
  const order = Prisma.sql`ORDER BY "issueDate" DESC, "pageNumber" ASC, "articleId"`;
  // `total` comes with every row, and alone on a row of nulls when the page is empty.
  const pageOf = (hits: Prisma.Sql, total: Prisma.Sql) => Prisma.sql`
    WITH hits AS MATERIALIZED (${hits}),
    shown AS (SELECT * FROM hits ${order} LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset})
    SELECT ${total} AS total, a.id, a.headline, a.kicker, a."bodyText", i.number AS "issueNumber", i.date AS "issueDate", p.number AS "pageNumber", p.name AS "pageName"
    FROM (SELECT 1) AS always
    LEFT JOIN (shown
      JOIN "Article" a ON a.id = shown."articleId"
      JOIN "Issue" i ON i.id = shown."issueId"
      JOIN "Page" p ON p."issueId" = shown."issueId" AND p.number = shown."pageNumber") ON true
    ORDER BY shown."issueDate" DESC, shown."pageNumber" ASC, shown."articleId"`;
  const entries = Prisma.sql`e."articleId", e."issueId", e."issueDate", e."pageNumber"`;
  const rows = await db.$transaction(async (tx) => {
    // Short queries: no JIT compilation or parallel workers, which cost more than they save
    // here. Enough memory for an exact bitmap of a common pair's stories: a lossy one would
    // make PostgreSQL recompute the pairs of every story on the pages it covers.
    // The archive is read from memory: random reads cost little more than sequential ones.
    await tx.$executeRaw`SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '64MB', true), set_config('random_page_cost', '1.1', true)`;
    const walkNewest = () =>
      tx.$queryRaw<Row[]>(pageOf(Prisma.sql`SELECT ${entries} ${matching(contains)} ${order} LIMIT ${SEARCH_PAGE_SIZE + offset}`, Prisma.sql`${SEARCH_COUNT_CAP + 1}::int`));
    // A word the index statistics put in ten thousand stories or more is past the cap for sure.
    if (characters >= 2 && (await estimatedMatches(tx, query)) >= 10 * SEARCH_COUNT_CAP) return walkNewest();
    const collected = await tx.$queryRaw<Row[]>(pageOf(Prisma.sql`SELECT ${entries} ${matching(indexed ?? contains)} LIMIT ${SEARCH_COUNT_CAP + 1}`, Prisma.sql`(SELECT count(*) FROM hits)::int`));
    return (collected[0]?.total ?? 0) > SEARCH_COUNT_CAP ? walkNewest() : collected;
  });
  const total = rows[0]?.total ?? 0;
  const found = rows.filter((row): row is Row & { id: string } => row.id !== null);
  return {
    total: Math.min(total, SEARCH_COUNT_CAP),
    /** More results than were counted: shown as "1000+". */
    capped: total > SEARCH_COUNT_CAP,
    results: found.map((row) => ({
      articleId: row.id,
      headline: searchSnippet(row.headline, query, 100),
      snippet: searchSnippet(row.bodyText, query),
      issueNumber: row.issueNumber,
      issueDate: isoDateFromDb(row.issueDate),
      pageNumber: row.pageNumber,
      pageName: row.pageName,
    })),
  };
}
