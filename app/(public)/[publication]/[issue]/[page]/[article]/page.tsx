import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Story } from '@/components/newspaper/story';
import { loadReaderPage } from '@/components/reader/load-reader-page';
import { pagePath } from '@/components/reader/reader-paths';
import { pageTitle } from '@/lib/domain/page-numbering';
import { getTranslations } from '@/lib/i18n/server';

export default async function StoryPage({ params }: { params: Promise<{ publication: string; issue: string; page: string; article: string }> }) {
  const segments = await params;
  const { issue, page } = await loadReaderPage(segments);
  // Only a story placed on this published page is shown: the id alone opens nothing.
  const article = page.slots.find((slot) => slot.placement?.article.id === segments.article)?.placement?.article;
  if (!article) notFound();
  const t = await getTranslations('reader');
  return (
    <div className="mx-auto max-w-3xl bg-white p-6 shadow-sm">
      <p className="mb-6 text-sm text-neutral-600">
        <Link href={pagePath(issue.publicationSlug, issue.number, page.number)} className="text-blue-700 underline">
          ← {t('backToPage')}
        </Link>{' '}
        {issue.masthead.name} {issue.masthead.date} {issue.masthead.issueNumber} {pageTitle(page.number, page.name)}
      </p>
      <Story article={article} />
    </div>
  );
}
