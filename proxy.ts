// Sends anonymous visitors of the newsroom to the sign-in page, gives the staff
// pages their Content-Security-Policy with a nonce for this request
// (lib/security-headers.ts says why the reader site cannot have one), and refuses
// foreign-origin and oversize server actions with 403/413 (lib/server-action-guard.ts). The redirect
// is a convenience, not the security boundary: every data-access function checks
// the session and the role again (lib/server/session.ts).
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';
import { staffContentSecurityPolicy } from '@/lib/security-headers';
import { refuseServerAction } from '@/lib/server-action-guard';

const { auth } = NextAuth(authConfig);

const newsroom = auth((request) => {
  // Server actions (POST) answer for themselves: they refuse with a message the
  // form shows, so nothing typed is lost to a redirect.
  if (request.auth?.user || (request.method !== 'GET' && request.method !== 'HEAD')) return withNonce(request);
  const signIn = new URL('/login', request.nextUrl);
  signIn.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

/** Next.js reads the nonce from the request's policy header and puts it on every script it writes. */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = staffContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export function proxy(request: NextRequest, event: NextFetchEvent) {
  // A foreign-origin or oversize server action gets a 4xx here instead of Next's 500.
  const refusal = refuseServerAction(request);
  if (refusal) return refusal;
  const { pathname } = request.nextUrl;
  if (pathname === '/newsroom' || pathname.startsWith('/newsroom/')) return newsroom(request, event as never);
  if (pathname === '/login') return withNonce(request);
  // Only a server action posted elsewhere gets here (the last matcher).
  return NextResponse.next();
}

export const config = {
  matcher: ['/newsroom/:path*', '/login', { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] }],
};
