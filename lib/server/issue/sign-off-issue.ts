import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '../session';
import { moveIssue } from './move-issue';

/** 签发: the chief editor approves the whole issue, once every page is signed (签版). */
export async function signOffIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.signOff',
    precheck: async (tx) => {
      const unsigned = await tx.page.count({ where: { issueId, signedAt: null } });
      if (unsigned > 0) throw new AppError('CONFLICT', 'pagesNotAllSigned', { count: unsigned });
    },
    from: 'AWAITING_SIGN_OFF',
    data: { status: 'SIGNED_OFF', signedOffById: actor.id, signedOffAt: new Date() },
    // A page unsigned meanwhile (an edit) stops the sign-off too.
    condition: { pages: { every: { signedAt: { not: null } } } },
    action: 'issue.signOff',
  });
}
