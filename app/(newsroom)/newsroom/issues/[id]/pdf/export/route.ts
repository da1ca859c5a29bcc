import { startPdfExport } from '@/lib/server/print/pdf-export';
import { pdfRoute } from '@/lib/server/print/pdf-route';
import { shedsLoad } from '@/lib/busy-response';

export const dynamic = 'force-dynamic';

/** Starts the PDF export of an issue (or `?page=N`): `{ state: 'done' }` when it is kept already, else `{ state: 'queued', jobId }`. */
async function post(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfRoute(request, async (actor, page) => Response.json(await startPdfExport({ actor, issueId: id, page }), { headers: { 'Cache-Control': 'no-store' } }));
}

export const POST = shedsLoad(post, { json: true });
