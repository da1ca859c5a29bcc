import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { IssueStatus } from '@/lib/generated/prisma/enums';
import { recordAudit } from '../audit';
import { syncReaderSearchEntries } from '../reader/search-entries';
import type { ScopedPermission } from '@/lib/permissions';
import { assertCan, type Actor } from '../session';

/**
 * Moves an issue from one workflow state to the next, only if it is still in the
 * state the actor saw, and records the move in the audit trail in the same
 * transaction, with the reader search's entries for the issue. Two people
 * acting at once: the second is told the issue moved.
 */
export async function moveIssue(options: {
  actor: Actor;
  issueId: string;
  /** Checked in the issue's publication, read in the transaction that moves it. */
  permission: ScopedPermission;
  /** Checks of the issue's state that come after the permission, e.g. every page signed. */
  precheck?: (tx: Prisma.TransactionClient) => Promise<void>;
  from: IssueStatus;
  data: Prisma.IssueUncheckedUpdateManyInput & { status: IssueStatus };
  action: string;
  details?: Prisma.InputJsonValue;
  /** A further condition the issue must meet to move, e.g. a schedule not yet due. */
  condition?: Prisma.IssueWhereInput;
  also?: (tx: Prisma.TransactionClient) => Promise<unknown>;
}) {
  const { actor, issueId, permission, precheck, from, data, action, details, condition, also } = options;
  await db.$transaction(async (tx) => {
    const issue = await tx.issue.findUnique({ where: { id: issueId }, select: { publicationId: true } });
    if (!issue) throw notFound();
    assertCan(actor, permission, issue.publicationId);
    await precheck?.(tx);
    const moved = await tx.issue.updateMany({ where: { id: issueId, status: from, ...condition }, data });
    if (moved.count === 0) {
      const exists = await tx.issue.count({ where: { id: issueId } });
      if (!exists) throw notFound();
      throw new AppError('CONFLICT', 'issueStateChanged');
    }
    await also?.(tx);
    // Publishing, scheduling or taking back a schedule changes what readers can find.
    await syncReaderSearchEntries(tx, issueId);
    await recordAudit(tx, { actor, action, entityType: 'issue', entityId: issueId, details });
  });
}
