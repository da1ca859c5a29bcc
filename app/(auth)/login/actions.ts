'use server';

import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/lib/auth';
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
      return { status: 'error', message: t('failed'), values: { email } };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: 'success' };
}

export async function signOutAction() {
  await signOut({ redirectTo: '/login?signedOut=1' });
}
