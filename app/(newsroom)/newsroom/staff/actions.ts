'use server';

import { revalidatePath } from 'next/cache';
import { createStaffSchema, resetStaffPasswordSchema, updateStaffSchema } from '@/lib/schemas/staff';
import { createStaff } from '@/lib/server/staff/create-staff';
import { resetStaffPassword } from '@/lib/server/staff/reset-staff-password';
import { updateStaff } from '@/lib/server/staff/update-staff';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

export async function createStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: createStaffSchema, work: createStaff });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/staff');
  return { status: 'success', message: (await getTranslations('staff'))('created') };
}

export async function updateStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: updateStaffSchema, work: updateStaff });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/staff');
  return { status: 'success', message: (await getTranslations('staff'))('updated') };
}

export async function resetStaffPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: resetStaffPasswordSchema, work: resetStaffPassword });
  if (!outcome.ok) return outcome.state;
  return { status: 'success', message: (await getTranslations('staff'))('passwordReset') };
}
