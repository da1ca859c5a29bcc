import { Story } from '@/components/newspaper/story';
import { StoryJsonLd } from '@/components/reader/story-json-ld';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { pageTitle } from '@/lib/domain/page-numbering';
import { storyNeighbours, type SequenceStory } from '@/lib/domain/story-sequence';
import type { ArticleView, IssueView, PageView } from '@/lib/server/issue/issue-view';
import { pagePath, storyPath } from '@/lib/reader-paths';
import { absoluteUrl } from '@/lib/server/site-url';

/** A story read whole, on its own page: where it was printed, the text, and 上一篇/下一篇. */
export function StoryView({ issue, page, article }: { issue: IssueView; page: PageView; article: ArticleView }) {
  const t = readerTranslations('reader');
  return (
    <div className="mx-auto max-w-3xl bg-white p-6 shadow-sm">
      <StoryJsonLd article={article} issue={issue} page={page} url={absoluteUrl(storyPath(issue.publicationSlug, issue.number, page.number, article.id))} />
      <p className="mb-6 text-sm text-neutral-600">
        <a href={pagePath(issue.publicationSlug, issue.number, page.number)} className="text-blue-700 underline">
          ← {t('backToPage')}
        </a>{' '}
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
      <a
        href={storyPath(issue.publicationSlug, issue.number, story.pageNumber, story.articleId)}
        rel={direction}
        className={`block rounded border border-neutral-300 p-3 hover:bg-neutral-50 ${direction === 'next' ? 'sm:col-start-2 sm:text-right' : ''}`}
      >
        <span className="block font-sans text-sm text-neutral-600">
          {direction === 'prev' ? `← ${t('previousStory')}` : `${t('nextStory')} →`}
          {story.pageNumber !== pageNumber && ` · ${pageTitle(page.number, page.name)}`}
        </span>
        <span className="mt-1 block font-bold text-blue-900">{story.headline}</span>
      </a>
    );
  };
  return (
    <nav aria-label={t('storyTurn')} className="mx-auto mt-8 grid max-w-2xl gap-3 border-t border-neutral-300 pt-4 font-serif sm:grid-cols-2">
      {previous && link(previous, 'prev')}
      {next && link(next, 'next')}
    </nav>
  );
}
