import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb } from '@/lib/domain/calendar';
import type { IssueStatus } from '@/lib/generated/prisma/enums';
import { assertCan, currentPublicationOf, type Actor } from '../session';

/** The current publication's issues newest first, optionally only those in some states (e.g. the sign-off queue). */
export async function listIssues({ actor, statuses, take = 50 }: { actor: Actor; statuses?: IssueStatus[]; take?: number }) {
  const publicationId = currentPublicationOf(actor);
  assertCan(actor, 'issue.read', publicationId);
  const issues = await db.issue.findMany({
    where: { publicationId, ...(statuses ? { status: { in: statuses } } : {}) },
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    take,
    select: {
      id: true,
      number: true,
      date: true,
      status: true,
      submittedAt: true,
      submittedBy: { select: { name: true } },
      sentBackReason: true,
      publication: { select: { name: true } },
      _count: { select: { pages: true } },
    },
  });
  return issues.map(({ date, _count, submittedBy, ...issue }) => ({ ...issue, submittedByName: submittedBy?.name ?? null, date: isoDateFromDb(date), pageCount: _count.pages }));
}
