import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { IssueReader } from '@/components/reader/issue-reader';
import { pageMetadata } from '@/components/reader/reader-metadata';
import { getLatestPublishedIssue, getNeighbouringIssues } from '@/lib/server/reader/published-issues';
import { isPublicationSlug } from '@/lib/reader-paths';

type Props = { params: Promise<{ publication: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publication } = await params;
  const issue = isPublicationSlug(publication) ? await getLatestPublishedIssue({ publicationSlug: publication }) : null;
  return issue ? pageMetadata(issue, issue.pages[0]) : {};
}

export default async function PublicationHome({ params }: Props) {
  const { publication } = await params;
  if (!isPublicationSlug(publication)) notFound();
  const issue = await getLatestPublishedIssue({ publicationSlug: publication });
  if (!issue) notFound();
  const neighbours = await getNeighbouringIssues({ publicationSlug: publication, number: issue.number });
  return <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />;
}
