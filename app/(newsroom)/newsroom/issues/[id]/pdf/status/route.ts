import { getPdfExportStatus } from '@/lib/server/print/pdf-export';
import { pdfRoute } from '@/lib/server/print/pdf-route';
import { shedsLoad } from '@/lib/busy-response';

export const dynamic = 'force-dynamic';

/** Where the export `?job=` of this issue stands: queued (with position), rendering, done or failed. */
async function get(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const jobId = new URL(request.url).searchParams.get('job') ?? '';
  if (!/^[0-9a-f-]{36}$/.test(jobId)) return new Response('Not found', { status: 404 });
  return pdfRoute(request, async (actor) => Response.json(await getPdfExportStatus({ actor, issueId: id, jobId }), { headers: { 'Cache-Control': 'no-store' } }));
}

export const GET = shedsLoad(get, { json: true });
