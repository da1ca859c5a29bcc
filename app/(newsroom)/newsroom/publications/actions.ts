'use server';

import { readerPagesChanged } from '@/lib/server/reader-pages-changed';
import { redirect } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/server';
import { createPublicationSchema, updatePublicationSchema } from '@/lib/schemas/publication';
import { runFormAction, type FormState } from '@/lib/server/form-action';
import { createPublication } from '@/lib/server/publication/create-publication';
import { updatePublication } from '@/lib/server/publication/update-publication';

export async function createPublicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction({ formData, schema: createPublicationSchema, work: createPublication });
  if (!outcome.ok) return outcome.state;
  await readerPagesChanged();
  redirect(`/newsroom/publications/${outcome.result.id}?created=1`);
}

export async function updatePublicationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The nameplate arrives as a file; every other field is text parsed by the schema.
  const file = formData.get('nameplate');
  const nameplate = file instanceof File && file.size > 0 ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const outcome = await runFormAction({
    formData,
    schema: updatePublicationSchema,
    work: ({ actor, input }) => updatePublication({ actor, input, nameplate }),
  });
  if (!outcome.ok) return outcome.state;
  // Slug and front-page choice change the reader site; mastheads of made issues do not change.
  await readerPagesChanged();
  return { status: 'success', message: (await getTranslations('publications'))('saved') };
}
