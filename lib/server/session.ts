import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { actorForSession } from '@/lib/auth/staff-sessions';
import { AppError, forbidden } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

/** `sessionId`: the StaffSession the request came with (absent for actors made outside a request). */
export type Actor = { id: string; name: string; email: string; roles: Role[]; sessionId?: string };

/**
 * The signed-in staff member, read fresh from the database once per request: the
 * cookie counts only while its session is live (not signed out or revoked, not
 * expired) and the account active, so a sign-out, a deactivation, a password
 * change or a changed role takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const staffId = session?.user?.id;
  const sessionId = session?.sessionId;
  // A cookie from before sessions were kept names none: it must sign in again.
  if (!staffId || !sessionId) return null;
  return actorForSession({ staffId, sessionId });
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
  return actor;
}

/** Throws FORBIDDEN unless the actor holds `permission`. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) throw forbidden();
}
