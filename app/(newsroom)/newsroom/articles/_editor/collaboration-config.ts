import 'server-only';
import { collaboratorColor } from '@/lib/collab/collaborator-color';
import type { Actor } from '@/lib/server/session';

/**
 * Where browsers reach the collaboration server (COLLAB_URL: set by the start
 * scripts, or the public wss:// address nginx forwards in production), and who
 * is typing. Read per request, so one build serves any deployment.
 */
export function collaborationFor(actor: Actor) {
  return { url: process.env.COLLAB_URL ?? null, user: { name: actor.name, color: collaboratorColor(actor.id) } };
}
