import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '../session';
import { moveIssue } from './move-issue';

/** The page editor sends the planned issue to the chief editor. */
export async function submitIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.submit',
    precheck: async (tx) => {
      const placed = await tx.placement.count({ where: { slot: { page: { issueId } } } });
      if (placed === 0) throw new AppError('INVALID', 'issueEmpty');
    },
    from: 'PLANNING',
    data: { status: 'AWAITING_SIGN_OFF', submittedAt: new Date(), submittedById: actor.id, sentBackReason: null, sentBackAt: null },
    action: 'issue.submit',
  });
}
