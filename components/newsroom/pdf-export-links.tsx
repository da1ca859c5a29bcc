import { getTranslations } from '@/lib/i18n/server';
import { PdfExportButton } from './pdf-export-button';

/** Exports of the print-ready PDF, with progress: the whole issue, or one page when `pageNumber` is given. */
export async function PdfExportLinks({ issueId, pageNumber }: { issueId: string; pageNumber?: number }) {
  const t = await getTranslations('layout');
  const base = `/newsroom/issues/${issueId}/pdf`;
  const labels = {
    starting: t('pdfStarting'),
    queued: t('pdfQueued'),
    // Filled in by the button with the job's place in line.
    queuedAt: t('pdfQueuedAt', { position: '{position}' }),
    rendering: t('pdfRendering'),
    done: t('pdfDone'),
    failed: t('pdfFailed', { error: '{error}' }),
  };
  return (
    <p className="mb-4 flex flex-wrap gap-3 text-sm">
      {pageNumber !== undefined && <PdfExportButton href={`${base}?page=${pageNumber}`} labels={{ ...labels, label: t('exportPage') }} />}
      <PdfExportButton href={base} labels={{ ...labels, label: t('exportIssue') }} />
    </p>
  );
}
