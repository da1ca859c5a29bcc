import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSignInThrottle } from '@/lib/auth/sign-in-throttle';
import { revokeStaffSessions } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatTime } from '@/lib/i18n/format';
import type { ChangePasswordInput } from '@/lib/schemas/staff';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { assertPasswordAllowed } from './password-rules';

// Guessing the current password here counts against the account like a wrong
// sign-in: a stolen session must not become a way around the sign-in limit.
const throttle = createSignInThrottle({ db });

const throttled = (retryAt: Date) => new AppError('INVALID', 'passwordChangeThrottled', { time: formatTime(retryAt) });

/**
 * A staff member changes their own password, proving the current one. Every other
 * session of theirs ends in the same transaction; the one they are using goes on.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: ChangePasswordInput }) {
  const attempt = await throttle.begin({ email: actor.email, address: null });
  if (!attempt.allowed) throw throttled(attempt.retryAt);
  const staff = await db.staff.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!staff || !(await verifyPassword(staff.passwordHash, input.currentPassword))) {
    const lock = await attempt.failed();
    throw lock ? throttled(lock.retryAt) : new AppError('INVALID', 'currentPasswordWrong');
  }
  await attempt.succeeded();

  assertPasswordAllowed(input.newPassword, { email: staff.email });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.staff.update({ where: { id: actor.id }, data: { passwordHash } });
    await revokeStaffSessions(tx, { staffId: actor.id, keep: actor.sessionId });
    await recordAudit(tx, { actor, action: 'staff.changePassword', entityType: 'staff', entityId: actor.id });
  });
}
