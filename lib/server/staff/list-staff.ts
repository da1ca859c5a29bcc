import 'server-only';
import { db } from '@/lib/db';
import { allows } from '@/lib/permissions';
import { forbidden } from '@/lib/errors';
import { assertCan, currentPublicationOf, type Actor } from '../session';

/** Every account with its roles on each paper's staff, and every publication, for the admin. */
export async function listStaff({ actor }: { actor: Actor }) {
  assertCan(actor, 'staff.manage');
  const [staff, publications] = await Promise.all([
    db.staff.findMany({
      orderBy: { createdAt: 'asc' },
      select: { id: true, name: true, email: true, roles: true, active: true, memberships: { select: { publicationId: true, roles: true } } },
    }),
    db.publication.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  return { staff, publications };
}

/**
 * Active staff of the current publication (or `publicationId`, an issue's read by the
 * caller) with their roles there, for choosing a page's 责任编辑 and 美编.
 */
export async function listStaffNames({ actor, publicationId = currentPublicationOf(actor) }: { actor: Actor; publicationId?: string }) {
  if (!allows(actor, 'issue.create', publicationId) && !allows(actor, 'staff.manage')) throw forbidden();
  const members = await db.publicationMembership.findMany({
    where: { publicationId, staff: { active: true } },
    orderBy: { staff: { name: 'asc' } },
    select: { roles: true, staff: { select: { id: true, name: true } } },
  });
  return members.map((m) => ({ id: m.staff.id, name: m.staff.name, roles: m.roles }));
}
