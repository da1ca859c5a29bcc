import type { Metadata } from 'next';
import { IssueReader } from '@/components/reader/issue-reader';
import { findReaderPage, loadReaderPage } from '@/components/reader/load-reader-page';
import { pageMetadata } from '@/components/reader/reader-metadata';

// `page` is absent when the issue route (`/<slug>/<issue>`) renders its front page here.
type Props = { params: Promise<{ publication: string; issue: string; page?: string }> };

// Cached and served to every reader; rebuilt when an issue is published or a story corrected.
export const revalidate = 300;
// Rendered on first visit, then cached (no database is needed at build time).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findReaderPage(await params);
  return found ? pageMetadata(found.issue, found.page) : {};
}

export default async function IssuePage({ params }: Props) {
  const { issue, page, neighbours } = await loadReaderPage(await params);
  return <IssueReader issue={issue} pageNumber={page.number} neighbours={neighbours} />;
}
