import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';
import { AppError, forbidden } from '@/lib/errors';
import { can, type Permission } from '@/lib/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

export type Actor = { id: string; name: string; email: string; roles: Role[] };

/**
 * The signed-in staff member, read fresh from the database once per request so
 * that a deactivated account or a changed role takes effect at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const staff = await db.staff.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, roles: true, active: true },
  });
  if (!staff?.active) return null;
  return { id: staff.id, name: staff.name, email: staff.email, roles: staff.roles };
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
