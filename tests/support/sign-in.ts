// Signing in through the app's real Auth.js handlers, as the browser's POST to
// /api/auth/callback/credentials does: CSRF token first, then the credentials.
import { NextRequest } from 'next/server';
import { hashPassword } from '@/lib/auth/password';
import { PEER_HEADER } from '@/lib/auth/client-address';
import type { Database } from '@/lib/prisma-client';

// Set before lib/auth is first imported: Auth.js reads the secret when it is set up.
process.env.AUTH_SECRET ??= 'integration-test-secret-integration-test-secret';

const ORIGIN = 'http://localhost:3000';

export type SignInOutcome = { ok: boolean; code: string | null; sessionCookie: string | null };

/** One sign-in attempt from `address`; `code` is Auth.js's error code (credentials, throttled). */
export async function postSignIn({ email, password, address = '192.0.2.1', userAgent = 'vitest' }: { email: string; password: string; address?: string; userAgent?: string }): Promise<SignInOutcome> {
  const { handlers } = await import('@/lib/auth');
  const csrf = await handlers.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
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
  const staff = await db.staff.create({
    data: { name: '测试人员', email, roles: [...roles], passwordHash: await hashPassword(password) },
    select: { id: true, email: true },
  });
  return staff;
}
