import { readerPagesChanged } from '@/lib/server/reader-pages-changed';
import { isRevalidationToken } from '@/lib/server/revalidation-token';

/** POST with the server's own token: rebuilds the cached reader pages (after a scheduled publication). */
export async function POST(request: Request) {
  if (!isRevalidationToken(request.headers.get('x-revalidation-token'))) return new Response('Forbidden', { status: 403 });
  await readerPagesChanged();
  return Response.json({ revalidated: true });
}
