import 'server-only';
import { decode } from '@auth/core/jwt';
import { actorForSession } from '@/lib/auth/staff-sessions';
import type { Actor } from '../session';

/** Auth.js's session cookie: the __Secure- one over HTTPS. Either may be split into numbered chunks. */
const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return cookies;
}

/**
 * The staff member whose session cookie came with a WebSocket handshake: the
 * same cookie, checked the same way (live session, active account, roles read
 * fresh) as every newsroom request in lib/server/session.ts.
 */
export async function actorFromCookieHeader(header: string | null, secret = process.env.AUTH_SECRET): Promise<Actor | null> {
  if (!secret) throw new Error('AUTH_SECRET is not set');
  const cookies = parseCookies(header);
  for (const name of SESSION_COOKIES) {
    const whole = cookies.get(name) ?? joinChunks(cookies, name);
    if (!whole) continue;
    const token = await decode({ token: whole, secret, salt: name }).catch(() => null);
    const staffId = token?.sub;
    const sessionId = typeof token?.sid === 'string' ? token.sid : undefined;
    if (!staffId || !sessionId) return null;
    return actorForSession({ staffId, sessionId });
  }
  return null;
}

function joinChunks(cookies: Map<string, string>, name: string): string | undefined {
  let joined = '';
  for (let i = 0; cookies.has(`${name}.${i}`); i++) joined += cookies.get(`${name}.${i}`);
  return joined || undefined;
}
