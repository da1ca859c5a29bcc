import { countMyTasks } from '@/lib/server/tasks/count-my-tasks';
import { getActor } from '@/lib/server/session';
import { shedsLoad } from '@/lib/busy-response';

/**
 * What the navigation's 我的待办 badge polls: the signed-in staff member's counts,
 * read from the database on every request (no state in the app server, so any of
 * several servers answers alike), never cached.
 */
async function get() {
  const actor = await getActor();
  if (!actor) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  return Response.json(await countMyTasks({ actor }), { headers: { 'Cache-Control': 'no-store' } });
}

export const GET = shedsLoad(get, { json: true });
