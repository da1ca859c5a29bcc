import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '../session';
import { moveIssue } from './move-issue';

/** 签发: the chief editor approves the whole issue, once every page is signed (签版). */
export async function signOffIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  assertCan(actor, 'issue.signOff');
  const unsigned = await db.page.count({ where: { issueId, signedAt: null } });
  if (unsigned > 0) throw new AppError('CONFLICT', 'pagesNotAllSigned', { count: unsigned });
  await moveIssue({
    actor,
    issueId,
    from: 'AWAITING_SIGN_OFF',
    data: { status: 'SIGNED_OFF', signedOffById: actor.id, signedOffAt: new Date() },
    // A page unsigned meanwhile (an edit) stops the sign-off too.
    condition: { pages: { every: { signedAt: { not: null } } } },
    action: 'issue.signOff',
  });
}
