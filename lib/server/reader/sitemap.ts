import 'server-only';
import { db } from '@/lib/db';
import { issuePath, pagePath, storyPath } from '@/lib/reader-paths';
import { sitemapChunks, type SitemapChunk, type SitemapEntry } from '@/lib/domain/sitemap-chunks';
import { publishedIssueWhere } from './published-scope';
import { listPublicationsWithPublishedIssues } from './feed-items';

// The sitemap of the published archive, cut into files of at most 50,000 URLs
// (lib/domain/sitemap-chunks.ts). File 0 holds each publication's front door;
// files 1… hold issues with their pages and stories.

/** How many URLs each visible issue brings (itself, its pages, the stories starting on them), oldest first. */
async function issueUrlCounts() {
  // The same visibility as publishedIssueWhere, in SQL: one grouped query instead of loading the archive.
  const rows = await db.$queryRaw<{ publicationSlug: string; number: number; urls: number }[]>`
    SELECT pub.slug AS "publicationSlug", i.number,
      (1 + (SELECT count(*) FROM "Page" p WHERE p."issueId" = i.id)
         + (SELECT count(*) FROM "Page" p JOIN "Slot" s ON s."pageId" = p.id JOIN "Placement" pl ON pl."slotId" = s.id AND pl.part = 1 WHERE p."issueId" = i.id))::int AS urls
    FROM "Issue" i JOIN "Publication" pub ON pub.id = i."publicationId"
    WHERE i.status = 'PUBLISHED' OR (i.status = 'SCHEDULED' AND i."publishAt" <= now())
    ORDER BY pub."isDefault" DESC, pub."createdAt", pub.slug, i.number`;
  return rows;
}

export async function listSitemapChunks(): Promise<SitemapChunk[]> {
  return sitemapChunks(await issueUrlCounts());
}

/** File `index` of the sitemap as entries with paths (the route adds the origin); null when there is no such file. */
export async function listSitemapEntries(index: number): Promise<SitemapEntry[] | null> {
  if (index === 0) {
    const publications = await listPublicationsWithPublishedIssues();
    return [{ url: '/' }, ...publications.flatMap((p) => [{ url: `/${p.slug}` }, { url: `/${p.slug}/archive` }])];
  }
  const chunk = (await listSitemapChunks())[index - 1];
  if (!chunk) return null;
  const { publicationSlug: slug } = chunk;
  const issues = await db.issue.findMany({
    where: { ...publishedIssueWhere(slug), number: { gte: chunk.fromNumber, lte: chunk.toNumber } },
    orderBy: { number: 'asc' },
    select: {
      number: true,
      publishedAt: true,
      publishAt: true,
      pages: {
        orderBy: { number: 'asc' },
        select: { number: true, slots: { orderBy: [{ row: 'asc' }, { column: 'asc' }], select: { placement: { select: { part: true, articleId: true } } } } },
      },
    },
  });
  return issues.flatMap((issue) => {
    const lastModified = issue.publishedAt ?? issue.publishAt;
    return [
      { url: issuePath(slug, issue.number), lastModified },
      ...issue.pages.flatMap((page) => [
        { url: pagePath(slug, issue.number, page.number), lastModified },
        ...page.slots.flatMap(({ placement }) => (placement?.part === 1 ? [{ url: storyPath(slug, issue.number, page.number, placement.articleId), lastModified }] : [])),
      ]),
    ];
  });
}
