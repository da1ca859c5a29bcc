import { reporterNames } from '@/lib/domain/bylines';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { issueLayout } from '@/components/newspaper/newspaper-page';
import { Story } from '@/components/newspaper/story';
import { leadImage } from '@/lib/domain/lead-image';
import { findReaderPage, loadReaderPage } from '@/components/reader/load-reader-page';
import { readerPageHeading } from '@/components/reader/reader-metadata';
import { StoryJsonLd } from '@/components/reader/story-json-ld';
import { pageTitle } from '@/lib/domain/page-numbering';
import { storyNeighbours, type SequenceStory } from '@/lib/domain/story-sequence';
import type { IssueView } from '@/lib/server/issue/issue-view';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { pagePath, storyPath } from '@/lib/reader-paths';
import { absoluteUrl } from '@/lib/server/site-url';
import { bodyPlainText } from '@/lib/tiptap/body';

type Props = { params: Promise<{ publication: string; issue: string; page: string; article: string }> };

/**
 * Only a story placed on this published page is shown: the id alone opens nothing.
 * A story that jumps pages has one address, on the page where it starts; its
 * continuation's address leads there.
 */
async function loadStory(params: Props['params']) {
  const segments = await params;
  const { issue, page } = await loadReaderPage(segments);
  const slot = page.slots.find((s) => s.placement?.article.id === segments.article);
  const article = slot?.placement?.article;
  if (!slot || !article) notFound();
  const jump = issueLayout(issue).get(slot.id)?.jump;
  if (jump?.direction === 'in') permanentRedirect(storyPath(issue.publicationSlug, issue.number, jump.page, article.id));
  return { issue, page, article };
}

// Cached and served to every reader; rebuilt when an issue is published or a story corrected.
export const revalidate = 300;
// Rendered on first visit, then cached (no database is needed at build time).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Never notFound() or redirect here (see findReaderPage): the page does both.
  const segments = await params;
  const found = await findReaderPage(segments);
  const article = found?.page.slots.find((s) => s.placement?.article.id === segments.article)?.placement?.article;
  if (!found || !article) return {};
  const { issue, page } = found;
  const canonical = storyPath(issue.publicationSlug, issue.number, page.number, article.id);
  const description = bodyPlainText(article.body as object).slice(0, 120);
  const image = leadImage(article.body);
  return {
    title: readerPageHeading(article.headline, issue.masthead.name),
    description,
    alternates: { canonical },
    openGraph: {
      title: article.headline,
      description,
      url: canonical,
      type: 'article',
      siteName: issue.masthead.name,
      locale: 'zh_CN',
      publishedTime: issue.publishedAt?.toISOString(),
      section: page.name,
      authors: reporterNames(article.bylines.map((b) => b.name)),
      images: image ? [{ url: absoluteUrl(image.path), width: image.width, height: image.height ?? undefined, alt: image.alt }] : undefined,
    },
  };
}

export default async function StoryPage({ params }: Props) {
  const { issue, page, article } = await loadStory(params);
  const t = readerTranslations('reader');
  return (
    <div className="mx-auto max-w-3xl bg-white p-6 shadow-sm">
      <StoryJsonLd article={article} issue={issue} page={page} url={absoluteUrl(storyPath(issue.publicationSlug, issue.number, page.number, article.id))} />
      <p className="mb-6 text-sm text-neutral-600">
        <Link href={pagePath(issue.publicationSlug, issue.number, page.number)} className="text-blue-700 underline">
          ← {t('backToPage')}
        </Link>{' '}
        {issue.masthead.name} {issue.masthead.date} {issue.masthead.issueNumber} {pageTitle(page.number, page.name)}
      </p>
      <Story article={article} />
      <StoryTurn issue={issue} pageNumber={page.number} articleId={article.id} />
    </div>
  );
}

/**
 * 上一篇/下一篇: the stories read before and after this one, on its page and, at
 * the page's ends, on the pages either side (lib/domain/story-sequence.ts).
 */
function StoryTurn({ issue, pageNumber, articleId }: { issue: IssueView; pageNumber: number; articleId: string }) {
  const t = readerTranslations('reader');
  const { previous, next } = storyNeighbours(issue.pages, articleId);
  if (!previous && !next) return null;
  const link = (story: SequenceStory, direction: 'prev' | 'next') => {
    const page = issue.pages.find((p) => p.number === story.pageNumber)!;
    return (
      <Link
        href={storyPath(issue.publicationSlug, issue.number, story.pageNumber, story.articleId)}
        rel={direction}
        className={`block rounded border border-neutral-300 p-3 hover:bg-neutral-50 ${direction === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
      >
        <span className="block font-sans text-sm text-neutral-600">
          {direction === 'prev' ? `← ${t('previousStory')}` : `${t('nextStory')} →`}
          {story.pageNumber !== pageNumber && ` · ${pageTitle(page.number, page.name)}`}
        </span>
        <span className="mt-1 block font-bold text-blue-900">{story.headline}</span>
      </Link>
    );
  };
  return (
    <nav aria-label={t('storyTurn')} className="mx-auto mt-8 grid max-w-2xl gap-3 border-t border-neutral-300 pt-4 font-serif sm:grid-cols-2">
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
