import { getTranslations } from '@/lib/i18n/server';

/** Downloads of the print-ready PDF: the whole issue, or one page when `pageNumber` is given. */
export async function PdfExportLinks({ issueId, pageNumber }: { issueId: string; pageNumber?: number }) {
  const t = await getTranslations('layout');
  const base = `/newsroom/issues/${issueId}/pdf`;
  return (
    <p className="mb-4 flex flex-wrap gap-3 text-sm">
      {pageNumber !== undefined && (
        <a href={`${base}?page=${pageNumber}`} className="text-blue-700 underline" download>
          {t('exportPage')}
        </a>
      )}
      <a href={base} className="text-blue-700 underline" download>
        {t('exportIssue')}
      </a>
    </p>
  );
}
