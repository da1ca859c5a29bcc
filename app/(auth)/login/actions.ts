'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth';
import { isSignInThrottled } from '@/lib/auth/sign-in-errors';
import { formatClock, formatTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import type { FormState } from '@/lib/server/form-action';

/** Only paths inside the newsroom: never an open redirect to another site. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/newsroom(\/[\w\-/?=&%.]*)?$/.test(value) ? value : '/newsroom';
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get('email') ?? '');
  try {
    await signIn('credentials', { email, password: String(formData.get('password') ?? ''), redirectTo: safeNext(formData.get('next')) });
  } catch (error) {
    if (error instanceof AuthError) {
      const t = await getTranslations('auth');
      if (!isSignInThrottled(error)) return { status: 'error', message: t('failed'), values: { email } };
      const { retryAt } = error;
      // The time of day when the lock ends today (Beijing), the date as well when it ends on another day.
      const day = (moment: Date) => formatTime(moment).split(' ')[0];
      const time = day(retryAt) === day(new Date()) ? formatClock(retryAt) : formatTime(retryAt);
      const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
      const message = error.reason === 'address' ? t('throttledAddress', { time, minutes }) : t('throttledAccount', { time, minutes });
      return { status: 'error', message, values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: 'success' };
}

export async function signOutAction() {
  await signOut({ redirectTo: '/login?signedOut=1' });
}
