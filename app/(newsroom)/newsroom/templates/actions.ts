'use server';

import { revalidatePath } from 'next/cache';
import { saveTemplateSchema } from '@/lib/schemas/template';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { saveTemplate } from '@/lib/server/template/save-template';
import { getTranslations } from '@/lib/i18n/server';

export type SaveTemplateState = FormState & { templateId?: string; version?: number };

export async function saveTemplateAction(_previous: SaveTemplateState, formData: FormData): Promise<SaveTemplateState> {
  const outcome = await runFormAction({
    formData,
    schema: saveTemplateSchema,
    work: saveTemplate,
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath('/newsroom/templates');
  revalidatePath('/newsroom/issues', 'layout');
  return { status: 'success', message: (await getTranslations('templates'))('saved'), templateId: outcome.result.id, version: outcome.result.version };
}
