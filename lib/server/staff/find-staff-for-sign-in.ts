import 'server-only';
import { db } from '@/lib/db';

/** The one read of a password hash in the app: sign-in only. */
export function findStaffForSignIn(email: string) {
  return db.staff.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, active: true, passwordHash: true },
  });
}
