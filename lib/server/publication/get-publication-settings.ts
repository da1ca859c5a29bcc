import 'server-only';
import { db } from '@/lib/db';
import { readWeekdayPages } from '@/lib/domain/publication-calendar';
import { notFound } from '@/lib/errors';
import { assertCan, type Actor } from '../session';

/** A publication as its edit form shows it, with the version a save must name. */
export async function getPublicationSettings({ actor, publicationId }: { actor: Actor; publicationId: string }) {
  assertCan(actor, 'publication.manage');
  const publication = await db.publication.findUnique({
    where: { id: publicationId },
    include: { nameplate: { select: { id: true, width: true, height: true } } },
  });
  if (!publication) throw notFound();
  const { pageFormat: _format, ...settings } = publication;
  return { ...settings, weekdayPages: readWeekdayPages(publication.weekdayPages) };
}
