import 'server-only';
import { revokeStaffSessions } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { UpdateStaffInput } from '@/lib/schemas/staff';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';

/**
 * Changes an account's roles or deactivates it. Deactivating ends its sessions
 * for good: turning the account on again does not bring them back. Admins cannot
 * lock themselves out.
 */
export async function updateStaff({ actor, input }: { actor: Actor; input: UpdateStaffInput }) {
  assertCan(actor, 'staff.manage');
  if (input.id === actor.id && (!input.active || !input.roles.includes('ADMIN'))) {
    throw new AppError('INVALID', 'cannotLockOutSelf');
  }
  await db.$transaction(async (tx) => {
    const updated = await tx.staff.updateMany({ where: { id: input.id }, data: { roles: input.roles, active: input.active } });
    if (updated.count === 0) throw notFound();
    if (!input.active) await revokeStaffSessions(tx, { staffId: input.id });
    await recordAudit(tx, { actor, action: 'staff.update', entityType: 'staff', entityId: input.id, details: { roles: input.roles, active: input.active } });
  });
}
