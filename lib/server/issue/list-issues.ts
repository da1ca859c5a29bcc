import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb } from '@/lib/domain/calendar';
import type { IssueStatus } from '@/lib/generated/prisma/enums';
import { assertCan, type Actor } from '../session';

/** Issues newest first, optionally only those in some states (e.g. the sign-off queue). */
export async function listIssues({ actor, statuses, take = 50 }: { actor: Actor; statuses?: IssueStatus[]; take?: number }) {
  assertCan(actor, 'issue.read');
  const issues = await db.issue.findMany({
    where: statuses ? { status: { in: statuses } } : undefined,
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
