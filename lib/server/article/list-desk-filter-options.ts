import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type Actor } from '../session';

/** The choices the desk's author and 栏目 filters offer: those that have stories on the desk. */
export async function listDeskFilterOptions({ actor }: { actor: Actor }) {
  assertCan(actor, 'article.readDesk');
  const [authors, columns] = await Promise.all([
    db.staff.findMany({ where: { articles: { some: { status: { not: 'DRAFT' } } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.article.groupBy({ by: ['columnLabel'], where: { status: { not: 'DRAFT' }, columnLabel: { not: null } }, orderBy: { columnLabel: 'asc' }, take: 500 }),
  ]);
  return { authors, columns: columns.flatMap((row) => (row.columnLabel ? [row.columnLabel] : [])) };
}
