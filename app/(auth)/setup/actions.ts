'use server';

import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { getTranslations } from '@/lib/i18n/server';
import { firstRunFormSchema } from '@/lib/schemas/setup';
import { fieldErrorsOf, type FormState } from '@/lib/server/form-action';
import { formDataToObject } from '@/lib/server/form-data';
import { createFirstAdministrator, getFirstRunState } from '@/lib/server/setup/first-run';

/**
 * The first-run form. No session exists yet, so it cannot go through runFormAction;
 * the guard is the data layer's (no staff, checked under a lock in the transaction
 * that creates the administrator). Foreign-origin posts are refused by proxy.ts like
 * every server action; once set up, a post costs one query and no password hash.
 */
export async function firstRunAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('errors');
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password/i.test(key)) values[key] = value;
  }
  const fail = (message: string, fieldErrors?: Record<string, string>): FormState => ({ status: 'error', message, fieldErrors, values });

  const state = await getFirstRunState();
  if (!state.open) return fail(t('setupClosed'));
  const parsed = firstRunFormSchema(state.needsPublication).safeParse(formDataToObject(formData));
  if (!parsed.success) return fail(t('checkFields'), fieldErrorsOf(parsed.error, t));
  const input = parsed.data as { name: string; email: string; password: string; publicationName?: string; publicationSlug?: string };
  try {
    await createFirstAdministrator({
      admin: { name: input.name, email: input.email, password: input.password },
      publication: input.publicationName && input.publicationSlug ? { publicationName: input.publicationName, publicationSlug: input.publicationSlug } : null,
    });
  } catch (error) {
    if (error instanceof AppError) return fail(t.has(error.messageKey as never) ? t(error.messageKey as never) : t('invalid'));
    console.error(error);
    return fail(t('unexpected'));
  }
  redirect('/login?setup=1');
}
