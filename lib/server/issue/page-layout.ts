import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TemplateSlot } from '@/lib/domain/page-templates';

type Tx = Prisma.TransactionClient;

/** The issue's pages in order, inside the transaction that holds the issue's lock. */
export function pagesInOrder(tx: Tx, issueId: string) {
  return tx.page.findMany({ where: { issueId }, orderBy: { number: 'asc' }, select: { id: true, number: true } });
}

/**
 * Numbers the pages 1…n in the order given, touching only those whose number
 * changes. Two passes, because (issueId, number) is unique at every statement.
 * Returns the ids of the renumbered pages: their printed number changed, so their
 * signatures must go.
 */
export async function applyPageOrder(tx: Tx, current: { id: string; number: number }[], order: string[]): Promise<string[]> {
  const numberOf = new Map(current.map((page) => [page.id, page.number]));
  const changed = order.flatMap((id, index) => (numberOf.get(id) === index + 1 ? [] : [{ id, number: index + 1 }]));
  for (const page of changed) await tx.page.update({ where: { id: page.id }, data: { number: -page.number } });
  for (const page of changed) await tx.page.update({ where: { id: page.id }, data: { number: page.number } });
  return changed.map((page) => page.id);
}

/** Slot rows for a page, copied from a template's slots. */
export function slotRows(slots: TemplateSlot[]) {
  return slots.map(({ name, kind, column, row, columns, rows }) => ({ name, kind, column, row, columns, rows }));
}
