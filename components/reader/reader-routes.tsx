import 'server-only';
import { IssueReader } from '@/components/reader/issue-reader';
import { findReaderPage } from '@/components/reader/load-reader-page';
import { pageHead, storyHead } from '@/components/reader/reader-metadata';
import { readerHtml, readerNotFound, readerRoute } from '@/components/reader/reader-response';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { ArchiveView } from '@/components/reader/archive-view';
import { SearchView } from '@/components/reader/search-view';
import { StoryView } from '@/components/reader/story-view';
import { issueLayout } from '@/components/newspaper/newspaper-page';
import { parseYearMonth } from '@/lib/domain/month-grid';
import { readerTitle } from '@/lib/domain/reader-title';
import { checkSearchQuery } from '@/lib/domain/search-text';
import { READER_SEARCH_CACHE_CONTROL } from '@/lib/reader-cache';
import { HOME_EDITION, isPublicationSlug, storyPath } from '@/lib/reader-paths';
import { listPublishedIssuesInMonth, publishedDateRange } from '@/lib/server/reader/archive';
import { getLatestPublishedIssue, getNeighbouringIssues, getPublishedPublication } from '@/lib/server/reader/published-issues';
import { SEARCH_MAX_PAGE, searchPublishedStories } from '@/lib/server/reader/search-published';
import { absoluteUrl } from '@/lib/server/site-url';

// The reader site's pages, each a GET that answers a whole HTML document
// (components/reader/html/render-html.ts says why no React goes to the browser).
// app/(public) holds one small route file per address, naming its caching.

type PageParams = { publication: string; issue: string; page?: string };

/** `/` and `/<slug>`: the latest published issue's front page (`/` is rewritten to HOME_EDITION, the default publication). */
export const publicationHomeRoute = readerRoute<{ publication: string }>(async (request, { publication }) => {
  if (!isPublicationSlug(publication)) return readerNotFound(request);
  const issue = await getLatestPublishedIssue({ publicationSlug: publication === HOME_EDITION ? undefined : publication });
  if (!issue) {
    if (publication !== HOME_EDITION) return readerNotFound(request);
    const t = readerTranslations('reader');
    return readerHtml(request, { title: t('siteName') }, <p className="p-10 text-center text-neutral-600">{t('noIssue')}</p>);
  }
  const neighbours = await getNeighbouringIssues({ publicationSlug: issue.publicationSlug, number: issue.number });
  return readerHtml(request, pageHead(issue, issue.pages[0]), <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />);
});

/** `/<slug>/<issue>` (its front page) and `/<slug>/<issue>/<page>`. */
export const issuePageRoute = readerRoute<PageParams>(async (request, params) => {
  const found = await findReaderPage(params);
  if (!found) return readerNotFound(request);
  const neighbours = await getNeighbouringIssues({ publicationSlug: found.issue.publicationSlug, number: found.issue.number });
  return readerHtml(request, pageHead(found.issue, found.page), <IssueReader issue={found.issue} pageNumber={found.page.number} neighbours={neighbours} />);
});

/**
 * `/<slug>/<issue>/<page>/<story>`. Only a story placed on this published page is
 * shown: the id alone opens nothing. A story that jumps pages has one address,
 * on the page where it starts; its continuation's address leads there.
 */
export const storyRoute = readerRoute<PageParams & { article: string }>(async (request, params) => {
  const found = await findReaderPage(params);
  const slot = found?.page.slots.find((s) => s.placement?.article.id === params.article);
  const article = slot?.placement?.article;
  if (!found || !slot || !article) return readerNotFound(request);
  const { issue, page } = found;
  const jump = issueLayout(issue).get(slot.id)?.jump;
  if (jump?.direction === 'in') return new Response(null, { status: 308, headers: { Location: absoluteUrl(storyPath(issue.publicationSlug, issue.number, jump.page, article.id)) } });
  return readerHtml(request, { title: readerTitle(article.headline, issue.masthead.name), ...storyHead(issue, page, article) }, <StoryView issue={issue} page={page} article={article} />);
});

const MAX_QUERY = 50;

/** `/<slug>/search?q=…&page=…`: search across every published issue of the publication. */
export const searchRoute = readerRoute<{ publication: string }>(async (request, { publication: slug }) => {
  if (!isPublicationSlug(slug)) return readerNotFound(request);
  const t = readerTranslations('reader');
  // A repeated parameter counts once: the first.
  const searchParams = new URL(request.url).searchParams;
  // Too long, or with characters no keyboard types (NUL made PostgreSQL fail: a 500 the
  // public cache kept for a minute): said on the page, and nothing is searched.
  const { query, error } = checkSearchQuery(searchParams.get('q') ?? '', MAX_QUERY);
  const pageNumber = Math.min(Math.max(1, Number.parseInt(searchParams.get('page') || '1', 10) || 1), SEARCH_MAX_PAGE);
  // A search answers whether the publication may be seen in the same statement.
  const found = query && !error ? await searchPublishedStories({ publicationSlug: slug, query, page: pageNumber }) : null;
  const publication = found ? found.publication : await getPublishedPublication(slug);
  if (!publication) return readerNotFound(request);
  return readerHtml(
    request,
    { title: readerTitle(t('search'), publication.name), noindex: true },
    <SearchView publicationName={publication.name} slug={slug} query={query} error={error} pageNumber={pageNumber} found={found} />,
    { cacheControl: READER_SEARCH_CACHE_CONTROL },
  );
});

/** `/<slug>/archive?month=YYYY-MM`: 往期回顾, a month of published issues. */
export const archiveRoute = readerRoute<{ publication: string }>(async (request, { publication: slug }) => {
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  const range = publication ? await publishedDateRange(slug) : null;
  if (!publication || !range) return readerNotFound(request);
  const month = new URL(request.url).searchParams.get('month') ?? undefined;
  const shown = parseYearMonth(month) ?? parseYearMonth(range.last.slice(0, 7))!;
  const issues = await listPublishedIssuesInMonth({ publicationSlug: slug, ...shown });
  const t = readerTranslations('reader');
  return readerHtml(
    request,
    { title: readerTitle(t('archive'), publication.name), canonicalPath: `/${slug}/archive` },
    <ArchiveView publicationName={publication.name} slug={slug} shown={shown} range={range} issues={issues} />,
  );
});
