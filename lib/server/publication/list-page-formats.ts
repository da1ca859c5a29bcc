import 'server-only';
import { db } from '@/lib/db';
import { parsePageFormat } from '@/lib/domain/page-format';
import { assertCan, type Actor } from '../session';

/** Every publication with its page format, for the admin's format form. */
export async function listPageFormats({ actor }: { actor: Actor }) {
  assertCan(actor, 'publication.manage');
  const publications = await db.publication.findMany({ orderBy: [{ isDefault: 'desc' }, { name: 'asc' }], select: { id: true, name: true, pageFormat: true } });
  return publications.map((publication) => ({ id: publication.id, name: publication.name, format: parsePageFormat(publication.pageFormat) }));
}
