import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { IssueReader } from '@/components/reader/issue-reader';
import { pageMetadata } from '@/components/reader/reader-metadata';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { getLatestPublishedIssue, getNeighbouringIssues } from '@/lib/server/reader/published-issues';
import { HOME_EDITION, isPublicationSlug } from '@/lib/reader-paths';

type Props = { params: Promise<{ publication: string }> };

// Cached and served to every reader; rebuilt when an issue is published or a story corrected.
export const revalidate = 300;
// Rendered on first visit, then cached (no database is needed at build time).
export function generateStaticParams() {
  return [];
}

/** `/` is rewritten here (next.config.ts) as the default publication. */
function publicationOf(segment: string) {
  return segment === HOME_EDITION ? undefined : segment;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { publication } = await params;
  const issue = isPublicationSlug(publication) ? await getLatestPublishedIssue({ publicationSlug: publicationOf(publication) }) : null;
  return issue ? pageMetadata(issue, issue.pages[0]) : {};
}

/** The latest published issue of a publication, page 1. */
export default async function PublicationHome({ params }: Props) {
  const { publication } = await params;
  if (!isPublicationSlug(publication)) notFound();
  const issue = await getLatestPublishedIssue({ publicationSlug: publicationOf(publication) });
  if (!issue) {
    if (publication !== HOME_EDITION) notFound();
    return <p className="p-10 text-center text-neutral-600">{readerTranslations('reader')('noIssue')}</p>;
  }
  const neighbours = await getNeighbouringIssues({ publicationSlug: issue.publicationSlug, number: issue.number });
  return <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />;
}
