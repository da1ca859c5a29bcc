import 'server-only';
import { getPublishedIssue } from '@/lib/server/reader/published-issues';
import { parsePositiveInt, isPublicationSlug } from '@/lib/reader-paths';

/** A published issue and one of its pages from URL segments (a missing page segment is page 1), or null. */
export async function findReaderPage(params: { publication: string; issue: string; page?: string }) {
  const number = parsePositiveInt(params.issue, 9_999_999);
  const pageNumber = params.page === undefined ? 1 : parsePositiveInt(params.page, 99);
  if (!number || !pageNumber || !isPublicationSlug(params.publication)) return null;
  const issue = await getPublishedIssue({ publicationSlug: params.publication, number });
  const page = issue?.pages.find((p) => p.number === pageNumber);
  return issue && page ? { issue, page } : null;
}
