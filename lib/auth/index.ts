import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { clientAddress } from './client-address';
import { hashPassword, verifyPassword } from './password';
import { SignInThrottled } from './sign-in-errors';
import { createSignInThrottle } from './sign-in-throttle';
import { createStaffSession, revokeStaffSession } from './staff-sessions';
import { db } from '@/lib/db';
import { signInSchema } from '@/lib/schemas/auth';
import { findStaffForSignIn } from '@/lib/server/staff/find-staff-for-sign-in';

const throttle = createSignInThrottle({ db });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        // Counted before the password is hashed: a locked account costs no hash.
        const attempt = await throttle.begin({ email: parsed.data.email, address: clientAddress(request.headers) });
        if (!attempt.allowed) throw new SignInThrottled(attempt.retryAt, attempt.reason);

        const staff = await findStaffForSignIn(parsed.data.email);
        // Verify even when there is no such account, so timing does not reveal which emails exist.
        const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash()), parsed.data.password);
        if (!staff || !valid || !staff.active) {
          const lock = await attempt.failed();
          if (lock) throw new SignInThrottled(lock.retryAt, lock.reason);
          throw new CredentialsSignin();
        }
        await attempt.succeeded();
        const session = await createStaffSession({ staffId: staff.id, userAgent: request.headers.get('user-agent') });
        return { id: staff.id, name: staff.name, email: staff.email, sessionId: session.id };
      },
    }),
  ],
  events: {
    // The cookie is cleared in the browser; this ends the session for any copy of it.
    async signOut(message) {
      const sessionId = 'token' in message ? message.token?.sid : undefined;
      if (sessionId) await revokeStaffSession({ sessionId });
    },
  },
});

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}
