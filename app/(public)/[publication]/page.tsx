import { notFound } from 'next/navigation';
import { IssueReader } from '@/components/reader/issue-reader';
import { getLatestPublishedIssue, getNeighbouringIssues } from '@/lib/server/reader/published-issues';

export default async function PublicationHome({ params }: { params: Promise<{ publication: string }> }) {
  const { publication } = await params;
  if (!/^[a-z0-9-]{1,40}$/.test(publication)) notFound();
  const issue = await getLatestPublishedIssue({ publicationSlug: publication });
  if (!issue) notFound();
  const neighbours = await getNeighbouringIssues({ publicationSlug: publication, number: issue.number });
  return <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />;
}
