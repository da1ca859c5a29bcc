import 'server-only';
import type { Actor } from '../session';
import { moveIssue } from './move-issue';

/** The chief editor returns the issue to the page editors with a reason. */
export async function sendBackIssue({ actor, issueId, reason }: { actor: Actor; issueId: string; reason: string }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.signOff',
    from: 'AWAITING_SIGN_OFF',
    data: { status: 'PLANNING', sentBackReason: reason, sentBackAt: new Date() },
    action: 'issue.sendBack',
    details: { reason },
  });
}
