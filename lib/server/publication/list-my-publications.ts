import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../session';

/**
 * The publications the actor works on, in the order they were made, for the
 * newsroom's switcher: those it is on the staff of; every one for an installation admin.
 */
export async function listMyPublications({ actor }: { actor: Actor }) {
  const admin = actor.roles.includes('ADMIN');
  const ids = actor.memberships.map((m) => m.publicationId);
  return db.publication.findMany({
    where: admin ? undefined : { id: { in: ids } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, slug: true },
  });
}
