// What happens before any rendering starts, for the pages and routes that need it
// (the matcher at the end): the newsroom, sign-in and set-up, print views and the API.
// - While the database queue is full (lib/load-shedding.ts), new requests are
//   answered at once with a 503 page or JSON (Retry-After, no-store) instead of
//   joining the queue and failing later: Next.js can only answer an error thrown
//   while rendering a page with a 500.
// - Foreign-origin and oversize server actions are refused with 403/413
//   (lib/server-action-guard.ts) instead of Next's 500.
// - Staff pages get their Content-Security-Policy with a nonce for this request
//   (lib/security-headers.ts says why the reader site cannot have one).
// - Anonymous visitors of the newsroom are sent to the sign-in page. This is a
//   convenience, not the security boundary: every data-access function checks the
//   session and the role again (lib/server/session.ts).
//
// The reader site, its feed and sitemaps do not pass through here: they are route
// handlers that answer the data layer's refusal with the same 503 themselves
// (lib/busy-response.ts `shedsLoad`), so a page already cached is still served
// while the database is saturated, and a cached page costs no proxy call.
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';
import { busyResponse } from '@/lib/busy-response';
import { databaseSaturated } from '@/lib/load-shedding';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
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
}) as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>; // next-auth's overloads also type it as a route handler

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
  if (databaseSaturated()) {
    return busyResponse({ json: request.nextUrl.pathname.startsWith('/api/'), locale: request.cookies.get(LOCALE_COOKIE)?.value });
  }
  const { pathname } = request.nextUrl;
  if (pathname === '/newsroom' || pathname.startsWith('/newsroom/')) return newsroom(request, event);
  if (pathname === '/login' || pathname === '/setup') return withNonce(request);
  return NextResponse.next();
}

// Photos and build assets are served by their own routes, which answer a refusal with a 503 themselves.
export const config = { matcher: ['/newsroom', '/newsroom/:path*', '/login', '/setup', '/print/:path*', '/api/:path*'] };
