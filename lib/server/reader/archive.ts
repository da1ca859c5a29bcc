import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb, isoDateToDb } from '@/lib/domain/calendar';
import { publishedIssueWhere } from './published-scope';

/** The published issues of one month (往期回顾), by date. */
export async function listPublishedIssuesInMonth({ publicationSlug, year, month }: { publicationSlug: string; year: number; month: number }) {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const issues = await db.issue.findMany({
    where: { ...publishedIssueWhere(publicationSlug), date: { gte: isoDateToDb(first), lt: isoDateToDb(next) } },
    orderBy: { date: 'asc' },
    select: { number: true, date: true },
  });
  return issues.map((issue) => ({ number: issue.number, date: isoDateFromDb(issue.date) }));
}

/** The first and last dates with a published issue, to bound the calendar. */
export async function publishedDateRange(publicationSlug: string) {
  const where = publishedIssueWhere(publicationSlug);
  const [first, last] = await Promise.all([
    db.issue.findFirst({ where, orderBy: { date: 'asc' }, select: { date: true } }),
    db.issue.findFirst({ where, orderBy: { date: 'desc' }, select: { date: true } }),
  ]);
  return first && last ? { first: isoDateFromDb(first.date), last: isoDateFromDb(last.date) } : null;
}
