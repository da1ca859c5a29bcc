import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { getIssue } from '@/lib/server/issue/get-issue';
import { loadPageData } from '@/lib/server/page-guard';
import { actorFromPrintPass, printPassQuery } from '@/lib/server/print/print-token';
import { getActor } from '@/lib/server/session';

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/**
 * The issue (or one page of it) alone, at the paper size, for the PDF export:
 * the server's headless browser prints this. It is read with the print pass
 * the export route hands that browser, or by a signed-in staff member.
 */
export default async function PrintIssuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const passActor = await actorFromPrintPass(id, query);
  const actor = passActor ?? (await getActor());
  if (!actor) redirect('/login');
  // The export's browser has no session: its photos are fetched with the same pass.
  const mediaQuery = passActor ? printPassQuery(id, query) : undefined;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const pages = query.page ? issue.pages.filter((p) => String(p.number) === query.page) : issue.pages;
  if (pages.length === 0) notFound();
  const { widthMm, heightMm } = issue.format;
  return (
    <>
      <style>{`@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; } html, body { margin: 0; background: #fff; } .print-sheet { width: ${widthMm}mm; height: ${heightMm}mm; overflow: hidden; break-after: page; } .print-sheet:last-child { break-after: auto; } .print-sheet .newspaper-page { box-shadow: none; --tw-ring-shadow: 0 0 #0000; }`}</style>
      {/* Sheets in a box of their own, so the last one is :last-child whatever Next.js appends to the body. */}
      <main>
        {pages.map((page) => (
          <div key={page.id} className="print-sheet">
            <NewspaperPage issue={issue} page={page} locale="zh-CN" mediaQuery={mediaQuery} />
          </div>
        ))}
      </main>
    </>
  );
}
