import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

// The scheduled publisher runs outside any request, where Next.js cannot
// revalidate pages; it asks the server's own revalidation route instead, with a
// token only the server can derive from AUTH_SECRET.
export function revalidationToken(): string {
  return createHmac('sha256', process.env.AUTH_SECRET ?? '').update('masthead:revalidate').digest('hex');
}

export function isRevalidationToken(value: string | null): boolean {
  if (!value || !process.env.AUTH_SECRET) return false;
  const expected = Buffer.from(revalidationToken());
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
