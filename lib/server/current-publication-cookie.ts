import 'server-only';
import { cookies } from 'next/headers';

/** The cookie naming the publication a staff member last switched to in the newsroom. */
export const CURRENT_PUBLICATION_COOKIE = 'masthead-publication';

/**
 * The publication id the request's cookie asks for, unchecked: the session validates it
 * against the staff member's memberships. Null outside a request (scripts, tests).
 */
export async function currentPublicationCookie(): Promise<string | null> {
  try {
    return (await cookies()).get(CURRENT_PUBLICATION_COOKIE)?.value ?? null;
  } catch {
    return null;
  }
}
