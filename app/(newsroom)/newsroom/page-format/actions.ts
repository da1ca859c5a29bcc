'use server';

import { readerPagesChanged } from '@/lib/server/reader-pages-changed';
import { getTranslations } from '@/lib/i18n/server';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { updatePageFormat } from '@/lib/server/publication/update-page-format';
import { updatePageFormatSchema } from '@/lib/schemas/page-format';

export async function updatePageFormatAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({
    formData,
    schema: updatePageFormatSchema,
    work: ({ actor, input: { publicationId, ...format } }) => updatePageFormat({ actor, publicationId, format }),
  });
  if (!outcome.ok) return outcome.state;
  // Every page of the paper is drawn at the new format, the reader's cached pages included.
  await readerPagesChanged();
  return { status: 'success', message: (await getTranslations('pageFormat'))('saved') };
}
