import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { assertCan, type Actor } from '../session';

/**
 * A token that changes whenever the issue's layout or state changes: what open
 * boards poll, cheaply, to know when to reload.
 */
export async function getLayoutVersion({ actor, issueId }: { actor: Actor; issueId: string }) {
  const issue = await db.issue.findUnique({ where: { id: issueId }, select: { layoutVersion: true, status: true, publicationId: true } });
  if (!issue) throw notFound();
  assertCan(actor, 'issue.read', issue.publicationId);
  // Signatures and send-backs change pages, not the issue's layout.
  const pages = await db.page.aggregate({ where: { issueId }, _count: { signedAt: true }, _max: { sentBackAt: true } });
  return [issue.layoutVersion, issue.status, pages._count.signedAt, pages._max.sentBackAt?.getTime() ?? 0].join('.');
}
