'use client';

import { useRef, useState } from 'react';

type Labels = { label: string; starting: string; queued: string; queuedAt: string; rendering: string; done: string; failed: string };
type Status = { state: 'queued'; position: number | null } | { state: 'rendering' } | { state: 'done' } | { state: 'failed'; error: string };

/**
 * A PDF export link that shows its progress: it starts the export (POST
 * …/pdf/export), polls …/pdf/status until the render job is done, then
 * downloads the kept PDF from the plain link, which also works without scripts.
 */
export function PdfExportButton({ href, labels }: { href: string; labels: Labels }) {
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const [base, query] = href.split('?');

  async function exportPdf() {
    if (busy.current) return;
    busy.current = true;
    setFailed(false);
    setMessage(labels.starting);
    try {
      const started = await fetch(`${base}/export${query ? `?${query}` : ''}`, { method: 'POST' });
      if (!started.ok) throw new Error(started.status === 503 ? await started.text() : String(started.status));
      const start = (await started.json()) as { state: 'done' } | { state: 'queued'; jobId: string };
      if (start.state === 'queued') {
        for (;;) {
          const response = await fetch(`${base}/status?job=${start.jobId}`, { cache: 'no-store' });
          if (!response.ok) throw new Error(String(response.status));
          const status = (await response.json()) as Status;
          if (status.state === 'done') break;
          if (status.state === 'failed') throw new Error(status.error);
          setMessage(status.state === 'rendering' ? labels.rendering : status.position ? labels.queuedAt.replace('{position}', String(status.position)) : labels.queued);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
      setMessage(labels.done);
      const link = document.createElement('a');
      link.href = href;
      link.download = '';
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      setFailed(true);
      setMessage(labels.failed.replace('{error}', error instanceof Error ? error.message : String(error)));
    } finally {
      busy.current = false;
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <a
        href={href}
        className="text-blue-700 underline"
        download
        onClick={(event) => {
          event.preventDefault();
          void exportPdf();
        }}
      >
        {labels.label}
      </a>
      {message && (
        <span role={failed ? 'alert' : 'status'} data-testid="pdf-export-progress" className={failed ? 'text-red-800' : 'text-neutral-600'}>
          {message}
        </span>
      )}
    </span>
  );
}
