import 'server-only';
import { reporterNames } from '@/lib/domain/bylines';
import { leadImage } from '@/lib/domain/lead-image';
import { pageTitle } from '@/lib/domain/page-numbering';
import { readerPageTitle } from '@/lib/domain/reader-title';
import type { ArticleView, IssueView, PageView } from '@/lib/server/issue/issue-view';
import { pagePath, storyPath } from '@/lib/reader-paths';
import { bodyPlainText } from '@/lib/tiptap/body';
import type { ReaderHead } from '@/components/reader/reader-document';

const feedPath = (issue: IssueView) => `/${issue.publicationSlug}/feed.xml`;

/** Title, canonical URL and Open Graph data of one printed page. */
export function pageHead(issue: IssueView, page: PageView): ReaderHead {
  const headlines = page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article.headline] : []));
  return {
    // The paper's name, not the software's.
    title: readerPageTitle(page, issue.masthead.date, issue.masthead.name),
    description: headlines.join('；').slice(0, 160),
    canonicalPath: pagePath(issue.publicationSlug, issue.number, page.number),
    feedPath: feedPath(issue),
    openGraph: { type: 'website', title: `${issue.masthead.name} ${issue.masthead.date} ${pageTitle(page.number, page.name)}`, siteName: issue.masthead.name },
  };
}

/** A story's head: its headline, first words, the photo for link previews. */
export function storyHead(issue: IssueView, page: PageView, article: ArticleView): Omit<ReaderHead, 'title'> {
  const image = leadImage(article.body);
  return {
    description: bodyPlainText(article.body as object).slice(0, 120),
    canonicalPath: storyPath(issue.publicationSlug, issue.number, page.number, article.id),
    feedPath: feedPath(issue),
    openGraph: {
      type: 'article',
      title: article.headline,
      siteName: issue.masthead.name,
      publishedTime: issue.publishedAt?.toISOString(),
      section: page.name,
      authors: reporterNames(article.bylines.map((b) => b.name)),
      image: image ? { path: image.path, width: image.width, height: image.height, alt: image.alt } : undefined,
    },
  };
}
