import { IssueReader } from '@/components/reader/issue-reader';
import { loadReaderPage } from '@/components/reader/load-reader-page';

export default async function IssuePage({ params }: { params: Promise<{ publication: string; issue: string; page: string }> }) {
  const { issue, page, neighbours } = await loadReaderPage(await params);
  return <IssueReader issue={issue} pageNumber={page.number} neighbours={neighbours} />;
}
