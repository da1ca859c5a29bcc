import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { accountThrottleKey } from '@/lib/auth/sign-in-throttle';
import { revokeStaffSessions } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { ResetStaffPasswordInput } from '@/lib/schemas/staff';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { assertPasswordAllowed } from './password-rules';

/**
 * An admin gives an account a new password. Every session of that account ends in
 * the same transaction (but the admin's own, when resetting their own password),
 * and a sign-in lock on it is lifted: the new password is the answer to it.
 */
export async function resetStaffPassword({ actor, input }: { actor: Actor; input: ResetStaffPasswordInput }) {
  assertCan(actor, 'staff.manage');
  const member = await db.staff.findUnique({ where: { id: input.id }, select: { email: true } });
  if (!member) throw notFound();
  assertPasswordAllowed(input.password, { email: member.email });
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const updated = await tx.staff.updateMany({ where: { id: input.id }, data: { passwordHash } });
    if (updated.count === 0) throw notFound();
    await revokeStaffSessions(tx, { staffId: input.id, keep: input.id === actor.id ? actor.sessionId : undefined });
    await tx.signInThrottle.deleteMany({ where: { key: accountThrottleKey(member.email) } });
    await recordAudit(tx, { actor, action: 'staff.resetPassword', entityType: 'staff', entityId: input.id });
  });
}
