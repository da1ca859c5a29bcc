import 'server-only';
import type { Actor } from '../session';
import { moveIssue } from './move-issue';

/** Withdraws a sign-off so the issue can be changed again; it must then be signed anew. */
export async function undoSignOff({ actor, issueId, reason }: { actor: Actor; issueId: string; reason: string | null }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.signOff',
    from: 'SIGNED_OFF',
    data: { status: 'PLANNING', signedOffById: null, signedOffAt: null, sentBackReason: reason, sentBackAt: reason ? new Date() : null },
    action: 'issue.undoSignOff',
    details: reason ? { reason } : undefined,
  });
}
