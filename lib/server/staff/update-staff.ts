import 'server-only';
import { revokeStaffSessions } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { UpdateStaffInput } from '@/lib/schemas/staff';
import { recordAudit } from '../audit';
import type { Role } from '@/lib/generated/prisma/enums';
import { assertCan, type Actor } from '../session';
import { writeMemberships } from './write-memberships';

/**
 * Changes an account's installation-wide ADMIN flag and its roles on each publication
 * named in the input (no roles: off that paper's staff), or deactivates it. Deactivating ends its sessions
 * for good: turning the account on again does not bring them back. Admins cannot
 * lock themselves out.
 */
export async function updateStaff({ actor, input }: { actor: Actor; input: UpdateStaffInput }) {
  assertCan(actor, 'staff.manage');
  if (input.id === actor.id && (!input.active || !input.admin)) {
    throw new AppError('INVALID', 'cannotLockOutSelf');
  }
  const roles: Role[] = input.admin ? ['ADMIN'] : [];
  await db.$transaction(async (tx) => {
    const updated = await tx.staff.updateMany({ where: { id: input.id }, data: { roles, active: input.active } });
    if (updated.count === 0) throw notFound();
    await writeMemberships(tx, input.id, input.memberships);
    if (!input.active) await revokeStaffSessions(tx, { staffId: input.id });
    await recordAudit(tx, { actor, action: 'staff.update', entityType: 'staff', entityId: input.id, details: { roles, memberships: input.memberships, active: input.active } });
  });
}
