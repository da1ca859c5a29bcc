import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { assertCan, type Actor } from '../session';
import { issueWithPages, toIssueView } from './issue-view';

/** An issue with every page, slot and story, for the board and the proofs. */
export async function getIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  assertCan(actor, 'issue.read');
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    include: { ...issueWithPages, signedOffBy: { select: { name: true } } },
  });
  if (!issue) throw notFound();
  return { ...toIssueView(issue), signedOffByName: issue.signedOffBy?.name ?? null };
}
