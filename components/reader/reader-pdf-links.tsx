import { readerTranslations } from '@/components/reader/reader-i18n';
import { issuePdfPath, pagePdfPath } from '@/lib/reader-paths';

/**
 * 下载本版 PDF / 下载本期 PDF for a published issue's page: plain links, no
 * client code. The PDFs are rendered once and kept (lib/server/reader/reader-pdf.ts);
 * one asked for before it is kept answers with a page that reloads itself until
 * the download starts.
 */
export function ReaderPdfLinks({ slug, issueNumber, pageNumber }: { slug: string; issueNumber: number; pageNumber: number }) {
  const t = readerTranslations('reader');
  return (
    <nav aria-label={t('pdfLinks')} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
      <a href={pagePdfPath(slug, issueNumber, pageNumber)} className="text-blue-900 hover:underline" rel="nofollow" type="application/pdf">
        {t('downloadPagePdf')}
      </a>
      <a href={issuePdfPath(slug, issueNumber)} className="text-blue-900 hover:underline" rel="nofollow" type="application/pdf">
        {t('downloadIssuePdf')}
      </a>
    </nav>
  );
}
