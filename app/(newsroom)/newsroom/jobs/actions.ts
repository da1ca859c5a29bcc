'use server';

import { revalidatePath } from 'next/cache';
import { retryJobSchema } from '@/lib/schemas/jobs';
import { retryJob } from '@/lib/server/jobs/troubled-jobs';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { getTranslations } from '@/lib/i18n/server';

export async function retryJobAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: retryJobSchema, work: retryJob });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/jobs');
  return { status: 'success', message: (await getTranslations('jobs'))('retried') };
}
