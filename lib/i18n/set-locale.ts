'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from './config';

/** Switches the interface language for this browser (a year-long cookie). */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get('locale');
  (await cookies()).set(LOCALE_COOKIE, isLocale(locale) ? locale : DEFAULT_LOCALE, {
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
    path: '/',
  });
  revalidatePath('/', 'layout');
}
