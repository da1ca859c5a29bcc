import 'server-only';
import { assertCan, type Actor } from '../session';
import { moveIssue } from './move-issue';

/** Puts a signed-off issue in front of readers; its stories are published with it. */
export async function publishIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  assertCan(actor, 'issue.publish');
  await moveIssue({
    actor,
    issueId,
    from: 'SIGNED_OFF',
    data: { status: 'PUBLISHED', publishedAt: new Date() },
    action: 'issue.publish',
    also: (tx) =>
      tx.article.updateMany({
        where: { placements: { some: { slot: { page: { issueId } } } } },
        data: { status: 'PUBLISHED' },
      }),
  });
}
