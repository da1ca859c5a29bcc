import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { READER_LOCALE } from '@/components/reader/reader-i18n';
import { isPublicationSlug, parsePositiveInt } from '@/lib/reader-paths';
import { isReaderPrintPass } from '@/lib/server/print/print-token';
import { getPublishedIssue } from '@/lib/server/reader/published-issues';
import { readerIssueDigest } from '@/lib/server/reader/reader-pdf';

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ publication: string; issue: string }>; searchParams: Promise<Record<string, string | undefined>> };

/**
 * A published issue (or one page of it) alone, at the paper size, for the
 * readers' PDFs (lib/server/reader/reader-pdf.ts): the server's headless
 * browser prints this with a reader print pass. It reads only what readers may
 * see, and draws nothing unless the issue is still what the PDF's key was
 * made from (`digest`), so a kept PDF is always of the content its key names.
 */
export default async function PrintReaderIssuePage({ params, searchParams }: Props) {
  const { publication, issue: issueParam } = await params;
  const query = await searchParams;
  const number = parsePositiveInt(issueParam, 9_999_999);
  if (!number || !isPublicationSlug(publication)) notFound();
  const issue = await getPublishedIssue({ publicationSlug: publication, number });
  if (!issue || !isReaderPrintPass(issue.id, query) || query.digest !== readerIssueDigest(issue)) notFound();
  const pages = query.page ? issue.pages.filter((p) => String(p.number) === query.page) : issue.pages;
  if (pages.length === 0) notFound();
  const { widthMm, heightMm } = issue.format;
  return (
    <>
      <style>{`@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; } html, body { margin: 0; background: #fff; } .print-sheet { width: ${widthMm}mm; height: ${heightMm}mm; overflow: hidden; break-after: page; } .print-sheet:last-child { break-after: auto; } .print-sheet .newspaper-page { box-shadow: none; --tw-ring-shadow: 0 0 #0000; }`}</style>
      <main>
        {pages.map((page) => (
          <div key={page.id} className="print-sheet">
            <NewspaperPage issue={issue} page={page} locale={READER_LOCALE} />
          </div>
        ))}
      </main>
    </>
  );
}
