import { IssueReader } from '@/components/reader/issue-reader';
import { loadReaderPage } from '@/components/reader/load-reader-page';

export default async function IssueFrontPage({ params }: { params: Promise<{ publication: string; issue: string }> }) {
  const { issue, neighbours } = await loadReaderPage(await params);
  return <IssueReader issue={issue} pageNumber={1} neighbours={neighbours} />;
}
