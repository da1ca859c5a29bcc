import { getKeptPdf, getPdfExportStatus, startPdfExport } from '@/lib/server/print/pdf-export';
import { pdfRoute } from '@/lib/server/print/pdf-route';
import { shedsLoad } from '@/lib/busy-response';

export const dynamic = 'force-dynamic';

/** How long a plain link waits for its PDF to be rendered before answering 503. */
const WAIT_MS = 120_000;

/**
 * The print-ready PDF of an issue, or of one page with `?page=N`: staff of the
 * issue's paper only. Served from the kept renders when the issue is unchanged;
 * otherwise the export is queued (pdf-render) and this request waits for it — the
 * board's export buttons start it with POST …/pdf/export and show its progress instead.
 */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfRoute(request, async (actor, page) => {
    const kept = await getKeptPdf({ actor, issueId: id, page });
    if (kept) return download(kept);
    const started = await startPdfExport({ actor, issueId: id, page });
    if (started.state === 'queued') {
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        const status = await getPdfExportStatus({ actor, issueId: id, jobId: started.jobId });
        if (status.state === 'done') break;
        if (status.state === 'failed') return new Response(`PDF export failed: ${status.error}`, { status: 500, headers: { 'Cache-Control': 'no-store' } });
        if (Date.now() > deadline) return new Response('PDF export still waiting', { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } });
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const rendered = await getKeptPdf({ actor, issueId: id, page });
    // Changed while it rendered: the kept PDF is of the earlier state; ask again.
    if (!rendered) return new Response('The issue changed while its PDF was made; try again', { status: 409, headers: { 'Cache-Control': 'no-store' } });
    return download(rendered);
  });
}

function download({ pdf, fileName }: { pdf: Buffer; fileName: string }) {
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${fileName}"`, 'Cache-Control': 'private, no-store' },
  });
}

export const GET = shedsLoad(get, { json: false });
