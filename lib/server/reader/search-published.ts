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
 *
 * A query of two or more characters is looked up in the bigram index
 * (migration 0006): a story can contain the query only if it has every one of
 * the query's character pairs. The ILIKE then keeps the stories that really
 * contain it. The planner picks the index for rare words and, for common ones,
 * walks the newest issues and stops at the page's last result. See README,
 * "How search scales".
 */
export async function searchPublishedStories({ publicationSlug, query, page }: { publicationSlug: string; query: string; page: number }) {
  const pattern = `%${escapeLike(query)}%`;
  const offset = (Math.min(page, SEARCH_MAX_PAGE) - 1) * SEARCH_PAGE_SIZE;
  const bigrams = [...query].length >= 2 ? Prisma.sql`AND ${storyHasBigramsOf(query)}` : Prisma.empty;
  const matching = Prisma.sql`
    FROM "Article" a
    JOIN "Placement" pl ON pl."articleId" = a.id AND pl.part = 1
    JOIN "Slot" s ON s.id = pl."slotId"
    JOIN "Page" p ON p.id = s."pageId"
    JOIN "Issue" i ON i.id = p."issueId"
    JOIN "Publication" pub ON pub.id = i."publicationId"
    WHERE (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now())) AND pub.slug = ${publicationSlug}
      AND (a.headline ILIKE ${pattern} OR a."bodyText" ILIKE ${pattern} OR a.kicker ILIKE ${pattern} OR a.subheadline ILIKE ${pattern})
      ${bigrams}`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a.id, a.headline, a.kicker, a."bodyText", i.number AS "issueNumber", i.date AS "issueDate", p.number AS "pageNumber", p.name AS "pageName"
      ${matching}
      ORDER BY i.date DESC, p.number ASC, a.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (SELECT 1 ${matching} LIMIT ${SEARCH_COUNT_CAP + 1}) AS hits`,
  ]);
  const total = counted[0]?.total ?? 0;
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
