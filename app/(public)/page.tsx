import type { Metadata } from 'next';
import { IssueReader } from '@/components/reader/issue-reader';
import { pageMetadata } from '@/components/reader/reader-metadata';
import { getTranslations } from '@/lib/i18n/server';
import { getLatestPublishedIssue, getNeighbouringIssues } from '@/lib/server/reader/published-issues';

export async function generateMetadata(): Promise<Metadata> {
  const issue = await getLatestPublishedIssue();
  return issue ? pageMetadata(issue, issue.pages[0]) : {};
}

/** The reader's front door: the latest published issue of the default publication, page 1. */
export default async function HomePage() {
  const issue = await getLatestPublishedIssue();
  if (!issue) {
    const t = await getTranslations('reader');
    return <p className="p-10 text-center text-neutral-600">{t('noIssue')}</p>;
  }
  const neighbours = await getNeighbouringIssues({ publicationSlug: issue.publicationSlug, number: issue.number });
  return <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />;
}
