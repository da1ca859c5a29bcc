// The session's id travels in the JWT (lib/auth/staff-sessions.ts).
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
  }
}
