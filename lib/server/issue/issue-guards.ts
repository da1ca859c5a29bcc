import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import type { ScopedPermission } from '@/lib/permissions';
import { assertCan } from '../assert-can';
import type { Actor } from '../session';

const EDITABLE = ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'];

/**
 * Locks the issue row for the rest of the transaction and checks its pages may
 * still change: until it is published or scheduled. (Changes to signed pages
 * withdraw their signatures: see withdrawSignatures.) Every layout change comes
 * through here, so it also bumps the issue's layout version: open boards poll it
 * and reload when someone else changed something (rolled back with a refusal).
 * The actor's permission (issue.plan unless told) is checked in the issue's publication.
 */
export async function lockEditableIssue(tx: Prisma.TransactionClient, issueId: string, check: { actor: Actor; permission?: ScopedPermission }) {
  const rows = await tx.$queryRaw<{ status: string; publicationId: string }[]>`UPDATE "Issue" SET "layoutVersion" = "layoutVersion" + 1 WHERE id = ${issueId} RETURNING status::text AS status, "publicationId"`;
  if (rows.length === 0) throw notFound();
  // The permission in the issue's own publication, read by the statement that locks it.
  assertCan(check.actor, check.permission ?? 'issue.plan', rows[0].publicationId);
  if (!EDITABLE.includes(rows[0].status)) throw new AppError('CONFLICT', 'issueLocked');
  return { publicationId: rows[0].publicationId };
}

/**
 * Any change to a signed page withdraws the page's signature and, if the issue
 * was signed off, the issue's sign-off: the chief editor must read it again.
 * Recorded in the audit trail.
 */
export async function withdrawSignatures(tx: Prisma.TransactionClient, options: { actor: Actor; issueId: string; pageIds: string[] }) {
  const { actor, issueId, pageIds } = options;
  const signed = await tx.page.findMany({ where: { id: { in: pageIds }, signedAt: { not: null } }, select: { id: true, number: true } });
  if (signed.length === 0) return;
  await tx.page.updateMany({ where: { id: { in: signed.map((p) => p.id) } }, data: { signedAt: null, signedById: null } });
  for (const page of signed) {
    await recordAudit(tx, { actor, action: 'page.signatureWithdrawn', entityType: 'issue', entityId: issueId, details: { page: page.number } });
  }
  const unsigned = await tx.issue.updateMany({
    where: { id: issueId, status: 'SIGNED_OFF' },
    data: { status: 'AWAITING_SIGN_OFF', signedOffAt: null, signedOffById: null },
  });
  if (unsigned.count) await recordAudit(tx, { actor, action: 'issue.signOffWithdrawn', entityType: 'issue', entityId: issueId });
}
