import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth';
import { actorForSession } from '@/lib/auth/staff-sessions';
import { AppError } from '@/lib/errors';
import { currentPublicationCookie } from './current-publication-cookie';
import type { Role } from '@/lib/generated/prisma/enums';

/**
 * `roles`: installation-wide roles (ADMIN). `memberships`: the publications the staff
 * member works on, with the roles held in each. `publicationId`: the current publication
 * (the newsroom's switcher, validated against the memberships; null for someone on no
 * paper's staff). `sessionId`: the StaffSession the request came with (absent for actors
 * made outside a request).
 */
export type Actor = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  memberships: { publicationId: string; roles: Role[] }[];
  publicationId: string | null;
  sessionId?: string;
};

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
  return actorForSession({ staffId, sessionId, wantedPublicationId: await currentPublicationCookie() });
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
  return actor;
}

export { assertCan } from './assert-can';

/** The current publication of the actor, for lists and new stories: FORBIDDEN for someone on no paper's staff. */
export function currentPublicationOf(actor: Actor): string {
  if (!actor.publicationId) throw new AppError('FORBIDDEN', 'noPublication');
  return actor.publicationId;
}
