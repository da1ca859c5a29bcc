// Serves image variants. A visitor gets an image only when it is in a story of
// a published issue (then it is public and cached for long: a variant's bytes
// never change); staff get any image, privately. Everything else is a 404 that
// no cache keeps, so an image appears the moment its issue is published.
import { getMediaFile } from '@/lib/server/media/get-media-file';
import { actorFromPrintPassQuery } from '@/lib/server/print/print-token';
import { getActor } from '@/lib/server/session';
import { shedsLoad } from '@/lib/busy-response';

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

async function get(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  // The PDF export's browser has no session; it shows the print pass it opened the print page with.
  const query = new URL(request.url).searchParams;
  const actor = async () => (query.has('token') ? await actorFromPrintPassQuery(query) : null) ?? (await getActor());
  const media = await getMediaFile({ mediaId: id, fileName: file, actor });
  if (!media) return NOT_FOUND();
  return new Response(new Uint8Array(media.bytes), {
    status: 200,
    headers: {
      'Content-Type': media.contentType,
      'Content-Length': String(media.bytes.length),
      'Cache-Control': media.visibility === 'public' ? 'public, max-age=86400, s-maxage=31536000, immutable' : 'private, no-cache',
      ...(media.visibility === 'staff' ? { Vary: 'Cookie' } : {}),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-site',
    },
  });
}

export const GET = shedsLoad(get, { json: false });
