import { AppError } from '@/lib/errors';
import { getLayoutVersion } from '@/lib/server/issue/get-layout-version';
import { getActor } from '@/lib/server/session';
import { shedsLoad } from '@/lib/busy-response';

/** What open boards poll every few seconds: a token that changes with the issue's layout. */
async function get(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const { id } = await params;
  try {
    return Response.json({ version: await getLayoutVersion({ actor, issueId: id }) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return Response.json({ error: 'forbidden' }, { status: 403 });
    if (error instanceof AppError && error.code === 'NOT_FOUND') return Response.json({ error: 'notFound' }, { status: 404 });
    throw error;
  }
}

export const GET = shedsLoad(get, { json: true });
