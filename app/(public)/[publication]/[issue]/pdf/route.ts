import { shedsLoad } from '@/lib/busy-response';
import { readerPdfResponse } from '@/lib/reader-pdf-response';

export const dynamic = 'force-dynamic';

/** The whole published issue as one PDF, for readers: served from the kept renders (lib/server/reader/reader-pdf.ts). */
async function get(request: Request, { params }: { params: Promise<{ publication: string; issue: string }> }) {
  return readerPdfResponse(request, await params);
}

export const GET = shedsLoad(get, { json: false });
