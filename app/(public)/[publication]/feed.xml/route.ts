import { reporterNames } from '@/lib/domain/bylines';
import { Feed } from 'feed';
import { storyPath, isPublicationSlug } from '@/lib/reader-paths';
import { pageTitle } from '@/lib/domain/page-numbering';
import { getPublishedPublication } from '@/lib/server/reader/published-issues';
import { listRecentPublishedStories } from '@/lib/server/reader/feed-items';
import { siteUrl } from '@/lib/server/site-url';
import { escapeHtml } from '@/lib/domain/html-escape';
import { shedsLoad } from '@/lib/busy-response';

/** Atom feed of the stories of the latest published issues. */
async function get(_request: Request, { params }: { params: Promise<{ publication: string }> }) {
  const { publication: slug } = await params;
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  if (!publication) return new Response('Not found', { status: 404 });
  const [origin, stories] = await Promise.all([siteUrl(), listRecentPublishedStories({ publicationSlug: slug })]);
  const feed = new Feed({
    id: `${origin}/${slug}`,
    title: publication.name,
    description: publication.romanizedName ?? undefined,
    link: `${origin}/${slug}`,
    language: 'zh-CN',
    copyright: publication.name,
    // RFC 4287 wants an author on every entry; stories without a byline inherit the paper's.
    author: { name: publication.name, link: `${origin}/${slug}` },
    updated: stories[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${origin}/${slug}/feed.xml` },
  });
  for (const story of stories) {
    const url = `${origin}${storyPath(slug, story.issueNumber, story.pageNumber, story.id)}`;
    feed.addItem({
      id: url,
      link: url,
      // The feed library marks title and summary type="html" and writes page names into
      // attributes unescaped: stories are text, so escape them or readers run them as markup.
      title: escapeHtml(story.headline),
      description: escapeHtml(story.bodyText.slice(0, 200)),
      date: story.publishedAt ?? new Date(`${story.issueDate}T06:00:00+08:00`),
      author: reporterNames(story.bylines.map((b) => b.name)).map((name) => ({ name })),
      // Atom requires `term`; the label is what readers see.
      category: [{ term: escapeHtml(pageTitle(story.pageNumber, story.pageName)), name: escapeHtml(pageTitle(story.pageNumber, story.pageName)) }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60, stale-while-revalidate=600' },
  });
}

export const GET = shedsLoad(get, { json: false });
