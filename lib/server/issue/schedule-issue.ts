import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '../session';
import { cancelIssuePublication, enqueueIssuePublication } from '../jobs/publication-jobs';
import { moveIssue } from './move-issue';

/**
 * Schedules a signed-off issue to appear at `publishAt` (e.g. 06:00 Beijing time
 * on its date). Readers see it from that moment; its publish job (a pg-boss job
 * starting at `publishAt`, one per issue) then records it as published and
 * refreshes the reader cache, and the minute sweep catches anything missed.
 */
export async function scheduleIssue({ actor, issueId, publishAt }: { actor: Actor; issueId: string; publishAt: Date }) {
  if (publishAt.getTime() <= Date.now()) throw new AppError('INVALID', 'publishAtInPast');
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.publish',
    from: 'SIGNED_OFF',
    data: { status: 'SCHEDULED', publishAt, scheduledById: actor.id },
    action: 'issue.schedule',
    details: { publishAt: publishAt.toISOString() },
  });
  await enqueueIssuePublication(issueId, publishAt);
}

/** Takes a scheduled issue back before its time; it stays signed off. */
export async function cancelSchedule({ actor, issueId }: { actor: Actor; issueId: string }) {
  await moveIssue({
    actor,
    issueId,
    permission: 'issue.publish',
    from: 'SCHEDULED',
    data: { status: 'SIGNED_OFF', publishAt: null, scheduledById: null },
    action: 'issue.cancelSchedule',
    condition: { publishAt: { gt: new Date() } },
  });
  await cancelIssuePublication(issueId);
}
