import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { beijingDayEnd, beijingDayStart } from '@/lib/domain/beijing-day';
import { containsPattern } from '@/lib/domain/like-pattern';
import type { DeskFilters } from '@/lib/schemas/desk-filters';
import { assertCan, currentPublicationOf, type Actor } from '../session';
import { listItem } from './list-articles';

export const DESK_PAGE_SIZE = 50;

/** `updatedAt` is a timestamp without time zone holding UTC: compare with UTC wall time. */
const utc = (instant: Date) => Prisma.sql`${instant.toISOString().replace('T', ' ').replace('Z', '')}::timestamp(3)`;

function whereClause(filters: DeskFilters, publicationId: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`"publicationId" = ${publicationId}`, Prisma.sql`"status" <> 'DRAFT'`];
  if (filters.status) conditions.push(Prisma.sql`"status" = ${filters.status}::"ArticleStatus"`);
  if (filters.author) conditions.push(Prisma.sql`"authorId" = ${filters.author}`);
  if (filters.column) conditions.push(Prisma.sql`"columnLabel" = ${filters.column}`);
  if (filters.from) conditions.push(Prisma.sql`"updatedAt" >= ${utc(beijingDayStart(filters.from))}`);
  if (filters.to) conditions.push(Prisma.sql`"updatedAt" < ${utc(beijingDayEnd(filters.to))}`);
  if (filters.q) {
    // Substring match, so a two-character Chinese word is found inside any text;
    // the pg_trgm GIN indexes on both columns keep it fast on a large archive.
    // PostgreSQL refuses NUL in text; the filter schema refuses it too, this is for other callers.
    const pattern = containsPattern(filters.q.replace(/\u0000/g, ''));
    conditions.push(Prisma.sql`("headline" ILIKE ${pattern} ESCAPE '\\' OR "bodyText" ILIKE ${pattern} ESCAPE '\\')`);
  }
  return Prisma.join(conditions, ' AND ');
}

/**
 * Stories of the current publication on the desk (filed or further along) matching the filters, newest
 * first, one page at a time. A page past the end shows the last page.
 */
export async function searchDeskArticles({ actor, filters }: { actor: Actor; filters: DeskFilters }) {
  const publicationId = currentPublicationOf(actor);
  assertCan(actor, 'article.readDesk', publicationId);
  const where = whereClause(filters, publicationId);
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Article" WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / DESK_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Article" WHERE ${where}
    ORDER BY "updatedAt" DESC, "id" DESC
    LIMIT ${DESK_PAGE_SIZE} OFFSET ${(page - 1) * DESK_PAGE_SIZE}`;
  const found = await db.article.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: listItem });
  const byId = new Map(found.map((article) => [article.id, article]));
  const articles = rows.flatMap((row) => byId.get(row.id) ?? []);
  return { articles, total, page, pages, pageSize: DESK_PAGE_SIZE };
}
