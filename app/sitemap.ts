import type { MetadataRoute } from 'next';
import { issuePath, pagePath, storyPath } from '@/lib/reader-paths';
import { listAllPublishedIssues, listPublicationsWithPublishedIssues, listRecentPublishedStories } from '@/lib/server/reader/feed-items';
import { siteUrl } from '@/lib/server/site-url';

/** Published issues, their pages and recent stories; nothing else. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await siteUrl();
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/` }];
  for (const publication of await listPublicationsWithPublishedIssues()) {
    const [issues, stories] = await Promise.all([
      listAllPublishedIssues(publication.slug),
      listRecentPublishedStories({ publicationSlug: publication.slug, issues: 30 }),
    ]);
    entries.push({ url: `${origin}/${publication.slug}` }, { url: `${origin}/${publication.slug}/archive` });
    for (const issue of issues) {
      const lastModified = issue.publishedAt ?? undefined;
      entries.push({ url: `${origin}${issuePath(publication.slug, issue.number)}`, lastModified });
      for (let page = 1; page <= issue._count.pages; page++) {
        entries.push({ url: `${origin}${pagePath(publication.slug, issue.number, page)}`, lastModified });
      }
    }
    for (const story of stories) {
      entries.push({ url: `${origin}${storyPath(publication.slug, story.issueNumber, story.pageNumber, story.id)}`, lastModified: story.publishedAt ?? undefined });
    }
  }
  return entries;
}
