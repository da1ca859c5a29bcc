import 'server-only';
import { reporterNames } from '@/lib/domain/bylines';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Byline rows for the tokens of the 记者 field as typed (a title or bracket typed is
 * kept, so the byline prints as the paper prints it: lib/domain/bylines.ts); a token
 * whose name is a staff member's of the story's paper links to them.
 */
export async function bylineRows(tx: Prisma.TransactionClient, tokens: string[], publicationId: string) {
  const names = reporterNames(tokens);
  const staff = names.length
    ? await tx.staff.findMany({ where: { name: { in: names }, memberships: { some: { publicationId } } }, select: { id: true, name: true } })
    : [];
  return tokens.map((token, position) => {
    const [name] = reporterNames([token]);
    return { position, name: token, staffId: (name && staff.find((s) => s.name === name)?.id) || null };
  });
}
