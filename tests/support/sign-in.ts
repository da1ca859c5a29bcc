// Signing in through the app's real Auth.js handlers, as the browser's POST to
// /api/auth/callback/credentials does: CSRF token first, then the credentials.
import { decode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { hashPassword } from '@/lib/auth/password';
import { PEER_HEADER } from '@/lib/auth/client-address';
import type { Database } from '@/lib/prisma-client';

const ORIGIN = 'http://localhost:3000';

async function csrf() {
  const { handlers } = await import('@/lib/auth');
  const response = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ') };
}

export type SignInOutcome = { ok: boolean; code: string | null; sessionCookie: string | null };

/** One sign-in attempt from `address`; `code` is Auth.js's error code (credentials, throttled). */
export async function postSignIn({ email, password, address = '192.0.2.1', userAgent = 'vitest' }: { email: string; password: string; address?: string; userAgent?: string }): Promise<SignInOutcome> {
  const { handlers } = await import('@/lib/auth');
  const { csrfToken, cookie: csrfCookie } = await csrf();
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie, [PEER_HEADER]: address, 'user-agent': userAgent },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${ORIGIN}/newsroom` }),
    }),
  );
  const location = new URL(response.headers.get('location') ?? ORIGIN);
  const sessionCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('authjs.session-token='))?.split(';')[0] ?? null;
  return { ok: !location.searchParams.has('error') && !!sessionCookie, code: location.searchParams.get('code'), sessionCookie };
}

/** A throwaway account with its own email, so a test can lock it without touching the demo accounts. */
export async function createTestStaff(db: Database, { password, roles = ['REPORTER'] as const }: { password: string; roles?: readonly ('REPORTER' | 'ADMIN')[] }) {
  const email = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@test.invalid`;
  // ADMIN is installation-wide; a newsroom role is held on the default paper's staff.
  const paper = await db.publication.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } });
  const newsroomRoles = roles.filter((role) => role !== 'ADMIN');
  const staff = await db.staff.create({
    data: {
      name: '测试人员',
      email,
      roles: roles.filter((role) => role === 'ADMIN'),
      passwordHash: await hashPassword(password),
      memberships: newsroomRoles.length ? { create: [{ publicationId: paper.id, roles: newsroomRoles }] } : undefined,
    },
    select: { id: true, email: true },
  });
  return staff;
}

/** Signs out through the handler, as the browser's sign-out does, with the given session cookie. */
export async function postSignOut(sessionCookie: string) {
  const { handlers } = await import('@/lib/auth');
  const { csrfToken, cookie } = await csrf();
  const response = await handlers.POST(
    new NextRequest(`${ORIGIN}/api/auth/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; ${sessionCookie}` },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${ORIGIN}/login` }),
    }),
  );
  // The browser is told to forget the cookie; a copy of it is what the tests replay.
  return response.headers.getSetCookie().some((header) => header.startsWith('authjs.session-token=;'));
}

/** What getActor makes of a session cookie: the token's staff and session ids, checked against the database. */
export async function actorFromCookie(sessionCookie: string) {
  const { actorForSession } = await import('@/lib/auth/staff-sessions');
  const token = await decode({ token: sessionCookie.slice(sessionCookie.indexOf('=') + 1), secret: process.env.AUTH_SECRET!, salt: 'authjs.session-token' });
  if (!token?.sub || !token.sid) return null;
  return actorForSession({ staffId: token.sub, sessionId: token.sid });
}
