'use server';

import { getTranslations } from '@/lib/i18n/server';
import { changePasswordSchema } from '@/lib/schemas/staff';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { changeOwnPassword } from '@/lib/server/staff/change-own-password';

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: changePasswordSchema, work: changeOwnPassword });
  if (!outcome.ok) return outcome.state;
  return { status: 'success', message: (await getTranslations('account'))('changed') };
}
