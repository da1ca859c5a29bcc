import 'server-only';
import { notFound } from 'next/navigation';
import { getNeighbouringIssues, getPublishedIssue } from '@/lib/server/reader/published-issues';
import { parsePositiveInt, isPublicationSlug } from '@/lib/reader-paths';

/**
 * A published issue and one of its pages from URL segments, or null. For
 * generateMetadata: a notFound() thrown there makes Next.js send an empty
 * document instead of the not-found page, so metadata asks this and the page 404s.
 */
export async function findReaderPage(params: { publication: string; issue: string; page?: string }) {
  const number = parsePositiveInt(params.issue, 9_999_999);
  const pageNumber = params.page === undefined ? 1 : parsePositiveInt(params.page, 99);
  if (!number || !pageNumber || !isPublicationSlug(params.publication)) return null;
  const issue = await getPublishedIssue({ publicationSlug: params.publication, number });
  const page = issue?.pages.find((p) => p.number === pageNumber);
  return issue && page ? { issue, page } : null;
}

/** A published issue and one of its pages from URL segments, or a 404. */
export async function loadReaderPage(params: { publication: string; issue: string; page?: string }) {
  const found = await findReaderPage(params);
  if (!found) notFound();
  const neighbours = await getNeighbouringIssues({ publicationSlug: params.publication, number: found.issue.number });
  return { ...found, neighbours };
}
