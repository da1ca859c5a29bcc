// Sends anonymous visitors of the newsroom to the sign-in page. This is a
// convenience, not the security boundary: every data-access function checks the
// session and the role again (lib/server/session.ts).
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';

const { auth } = NextAuth(authConfig);

export const proxy = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  // Server actions (POST) answer for themselves: they refuse with a message the
  // form shows, so nothing typed is lost to a redirect.
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const signIn = new URL('/login', request.nextUrl);
  signIn.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
});

export const config = { matcher: ['/newsroom/:path*'] };
