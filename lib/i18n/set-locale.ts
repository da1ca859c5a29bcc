'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALES } from './config';

const localeSchema = z.enum(LOCALES);

/**
 * Switches the interface language for this browser (a year-long cookie).
 *
 * Anyone can post this action without a session, so it must do nothing but set
 * the cookie: the newsroom reads the locale per request, and setting a cookie in
 * an action already re-renders the page the switch was pressed on. Revalidating
 * public pages here would let an anonymous loop purge the reader cache. A value
 * that is not a known locale is ignored and the cookie left as it was.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    path: '/',
  });
}
