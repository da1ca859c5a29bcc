'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { switchPublicationSchema } from '@/lib/schemas/publication-switch';
import { CURRENT_PUBLICATION_COOKIE } from '@/lib/server/current-publication-cookie';
import { listMyPublications } from '@/lib/server/publication/list-my-publications';
import { getActor } from '@/lib/server/session';

/**
 * Remembers the paper the newsroom shows. Only a publication the staff member works on
 * is kept; the session validates the cookie again on every request anyway.
 */
export async function switchPublicationAction(formData: FormData) {
  const actor = await getActor();
  if (!actor) redirect('/login');
  const parsed = switchPublicationSchema.safeParse({ publicationId: formData.get('publicationId') });
  if (parsed.success) {
    const mine = await listMyPublications({ actor });
    if (mine.some((p) => p.id === parsed.data.publicationId)) {
      (await cookies()).set(CURRENT_PUBLICATION_COOKIE, parsed.data.publicationId, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 365 * 24 * 60 * 60 });
      // Every newsroom page shows the current paper: none cached in the browser may outlive the switch.
      revalidatePath('/newsroom', 'layout');
    }
  }
  redirect('/newsroom');
}
