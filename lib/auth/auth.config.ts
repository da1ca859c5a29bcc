// The part of the auth set-up that needs no database, shared by the proxy.
import { CredentialsSignin, type NextAuthConfig } from 'next-auth';

export const authConfig = {
  // Behind the app's own host names in production; set AUTH_URL when a proxy rewrites hosts.
  trustHost: true,
  // As long as a StaffSession lives without use (SESSION_MAX_AGE_SECONDS): this file stays free of database code.
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [],
  logger: {
    // A wrong password or a throttled attempt is an everyday event, not a fault:
    // one short line, without the stack trace Auth.js prints by default.
    error(error) {
      if (error instanceof CredentialsSignin) console.warn(`[auth] sign-in refused (${error.code})`);
      else console.error('[auth]', error);
    },
  },
  callbacks: {
    // Only the staff id and the session's id travel in the token: the session
    // (revoked? expired?), roles and the active flag are read fresh from the
    // database on every request (lib/server/session.ts).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
