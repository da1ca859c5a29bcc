import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Byline rows for the names typed; a name that is a staff member's of the story's paper links to them. */
export async function bylineRows(tx: Prisma.TransactionClient, names: string[], publicationId: string) {
  const staff = names.length
    ? await tx.staff.findMany({ where: { name: { in: names }, memberships: { some: { publicationId } } }, select: { id: true, name: true } })
    : [];
  return names.map((name, position) => ({ position, name, staffId: staff.find((s) => s.name === name)?.id ?? null }));
}
