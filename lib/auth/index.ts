import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from './auth.config';
import { hashPassword, verifyPassword } from './password';
import { signInSchema } from '@/lib/schemas/auth';
import { findStaffForSignIn } from '@/lib/server/staff/find-staff-for-sign-in';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const staff = await findStaffForSignIn(parsed.data.email);
        // Verify even when there is no such account, so timing does not reveal which emails exist.
        const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash()), parsed.data.password);
        if (!staff || !valid || !staff.active) throw new CredentialsSignin();
        return { id: staff.id, name: staff.name, email: staff.email };
      },
    }),
  ],
});

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}
