import { revalidatePath } from 'next/cache';
import { isRevalidationToken } from '@/lib/server/revalidation-token';

/** POST with the server's own token: rebuilds the cached reader pages (after a scheduled publication). */
export async function POST(request: Request) {
  if (!isRevalidationToken(request.headers.get('x-revalidation-token'))) return new Response('Forbidden', { status: 403 });
  revalidatePath('/', 'layout');
  return Response.json({ revalidated: true });
}
