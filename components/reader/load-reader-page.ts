import 'server-only';
import { notFound } from 'next/navigation';
import { getNeighbouringIssues, getPublishedIssue } from '@/lib/server/reader/published-issues';
import { parsePositiveInt, isPublicationSlug } from '@/lib/reader-paths';

/** A published issue and one of its pages from URL segments, or a 404. */
export async function loadReaderPage(params: { publication: string; issue: string; page?: string }) {
  const number = parsePositiveInt(params.issue, 9_999_999);
  const pageNumber = params.page === undefined ? 1 : parsePositiveInt(params.page, 99);
  if (!number || !pageNumber || !isPublicationSlug(params.publication)) notFound();
  const issue = await getPublishedIssue({ publicationSlug: params.publication, number });
  const page = issue?.pages.find((p) => p.number === pageNumber);
  if (!issue || !page) notFound();
  const neighbours = await getNeighbouringIssues({ publicationSlug: params.publication, number });
  return { issue, page, neighbours };
}
