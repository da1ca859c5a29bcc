import 'server-only';
import { db } from '@/lib/db';
import { assertCan, currentPublicationOf, type Actor } from '../session';

/** The choices the desk's author and 栏目 filters offer: those that have stories on the desk. */
export async function listDeskFilterOptions({ actor }: { actor: Actor }) {
  const publicationId = currentPublicationOf(actor);
  assertCan(actor, 'article.readDesk', publicationId);
  const [authors, columns] = await Promise.all([
    db.staff.findMany({ where: { articles: { some: { publicationId, status: { not: 'DRAFT' } } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.article.groupBy({ by: ['columnLabel'], where: { publicationId, status: { not: 'DRAFT' }, columnLabel: { not: null } }, orderBy: { columnLabel: 'asc' }, take: 500 }),
  ]);
  return { authors, columns: columns.flatMap((row) => (row.columnLabel ? [row.columnLabel] : [])) };
}
