import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, notFound } from '@/lib/errors';

/**
 * Locks the issue row for the rest of the transaction and checks it is still
 * being planned: a submitted or signed-off issue cannot change until it is sent
 * back or its sign-off is undone.
 */
export async function lockPlanningIssue(tx: Prisma.TransactionClient, issueId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  if (rows[0].status !== 'PLANNING') throw new AppError('CONFLICT', 'issueLocked');
}
