import 'server-only';
import { assertCan, type Actor } from '../session';
import { moveIssue } from './move-issue';

/** 签发: the chief editor approves the whole issue. */
export async function signOffIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  assertCan(actor, 'issue.signOff');
  await moveIssue({
    actor,
    issueId,
    from: 'AWAITING_SIGN_OFF',
    data: { status: 'SIGNED_OFF', signedOffById: actor.id, signedOffAt: new Date() },
    action: 'issue.signOff',
  });
}
