import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { escapeLike, searchSnippet } from '@/lib/domain/search-snippet';

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
  id: string;
  headline: string;
  kicker: string | null;
  bodyText: string;
  issueNumber: number;
  issueDate: Date;
  pageNumber: number;
  pageName: string;
};

/**
 * Chinese substring search over the stories of published issues (the same
 * visibility as publishedIssueWhere, written in SQL), newest issue first.
 * See README, "How search scales".
 *
 * A query of two or more characters is looked up in the bigram index
 * (migration 0006): a story can contain the query only if it has all of the
 * query's character pairs, and for two characters that is exact. Longer
 * queries are then checked with ILIKE. The count goes through the index and
 * stops past SEARCH_COUNT_CAP. Up to that many matches, the page is read
 * through the index too and sorted. A word with more matches than that is
 * common: the page walks the newest issues and stops at its last result,
 * testing the text with ILIKE (computing a story's pairs would cost far more).
 */
export async function searchPublishedStories({ publicationSlug, query, page }: { publicationSlug: string; query: string; page: number }) {
  const pattern = `%${escapeLike(query)}%`;
  const offset = (Math.min(page, SEARCH_MAX_PAGE) - 1) * SEARCH_PAGE_SIZE;
  const characters = [...query].length;
  const contains = Prisma.sql`(a.headline ILIKE ${pattern} OR a."bodyText" ILIKE ${pattern} OR a.kicker ILIKE ${pattern} OR a.subheadline ILIKE ${pattern})`;
  // Two characters are one pair: the index is exact. Longer queries are checked whole.
  const indexed = characters < 2 ? null : characters === 2 ? storyHasBigramsOf(query) : Prisma.sql`${storyHasBigramsOf(query)} AND ${contains}`;
  // The publication as a constant (an init plan), so that the (publicationId, date) index
  // yields issues newest first and a walk can stop early.
  const matching = (condition: Prisma.Sql) => Prisma.sql`
    FROM "Article" a
    JOIN "Placement" pl ON pl."articleId" = a.id AND pl.part = 1
    JOIN "Slot" s ON s.id = pl."slotId"
    JOIN "Page" p ON p.id = s."pageId"
    JOIN "Issue" i ON i.id = p."issueId"
    WHERE i."publicationId" = (SELECT id FROM "Publication" WHERE slug = ${publicationSlug})
      AND (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now()))
      AND ${condition}`;
  const { rows, total } = await db.$transaction(async (tx) => {
    // Short queries: no JIT compilation or parallel workers, which cost more than they save
    // here. Enough memory for an exact bitmap of a common pair's stories: a lossy one would
    // make PostgreSQL recompute the pairs of every story on the pages it covers.
    // The archive is read from memory: random reads cost little more than sequential ones.
    await tx.$executeRaw`SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '64MB', true), set_config('random_page_cost', '1.1', true)`;
    // A word the index statistics put in ten thousand stories or more is past the cap for
    // sure: counting it would only cost time.
    const common = characters >= 2 && (await estimatedMatches(tx, query)) >= 10 * SEARCH_COUNT_CAP;
    const counted = common ? [{ total: SEARCH_COUNT_CAP + 1 }] : await tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (SELECT 1 ${matching(indexed ?? contains)} LIMIT ${SEARCH_COUNT_CAP + 1}) AS hits`;
    const total = counted[0]?.total ?? 0;
    const condition = indexed && total <= SEARCH_COUNT_CAP ? indexed : contains;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT a.id, a.headline, a.kicker, a."bodyText", i.number AS "issueNumber", i.date AS "issueDate", p.number AS "pageNumber", p.name AS "pageName"
      ${matching(condition)}
      ORDER BY i.date DESC, p.number ASC, a.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
    return { rows, total };
  });
  return {
    total: Math.min(total, SEARCH_COUNT_CAP),
    /** More results than were counted: shown as "1000+". */
    capped: total > SEARCH_COUNT_CAP,
    results: rows.map((row) => ({
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
