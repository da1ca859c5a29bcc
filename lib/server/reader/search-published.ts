import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { escapeLike, searchSnippet } from '@/lib/domain/search-snippet';

export const SEARCH_PAGE_SIZE = 20;

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
 * visibility as publishedIssueWhere, written in SQL), newest issue
 * first. ILIKE '%…%' finds a two-character word anywhere; pg_trgm GIN indexes on
 * the searched columns keep it fast on a large archive.
 */
export async function searchPublishedStories({ publicationSlug, query, page }: { publicationSlug: string; query: string; page: number }) {
  const pattern = `%${escapeLike(query)}%`;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const matching = Prisma.sql`
    FROM "Article" a
    JOIN "Placement" pl ON pl."articleId" = a.id AND pl.part = 1
    JOIN "Slot" s ON s.id = pl."slotId"
    JOIN "Page" p ON p.id = s."pageId"
    JOIN "Issue" i ON i.id = p."issueId"
    JOIN "Publication" pub ON pub.id = i."publicationId"
    WHERE (i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now())) AND pub.slug = ${publicationSlug}
      AND (a.headline ILIKE ${pattern} OR a."bodyText" ILIKE ${pattern} OR a.kicker ILIKE ${pattern} OR a.subheadline ILIKE ${pattern})`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a.id, a.headline, a.kicker, a."bodyText", i.number AS "issueNumber", i.date AS "issueDate", p.number AS "pageNumber", p.name AS "pageName"
      ${matching}
      ORDER BY i.date DESC, p.number ASC, a.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${matching}`,
  ]);
  return {
    total: Number(counted[0]?.total ?? 0),
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
