import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../session';
import { moveIssue } from './move-issue';

/** The stories of an issue go out with it. */
export function publishStoriesOf(tx: Prisma.TransactionClient, issueId: string) {
  return tx.article.updateMany({
    where: { placements: { some: { slot: { page: { issueId } } } } },
    data: { status: 'PUBLISHED' },
  });
}

/** Puts a signed-off issue in front of readers now. */
export async function publishIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.publish',
    from: 'SIGNED_OFF',
    data: { status: 'PUBLISHED', publishedAt: new Date() },
    action: 'issue.publish',
    also: (tx) => publishStoriesOf(tx, issueId),
  });
}
