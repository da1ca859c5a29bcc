// Numbers and dates for issues tests make, following the paper's order
// (lib/domain/issue-order.ts): the next issue after the latest one, or a back
// issue (补录往期) before the earliest, which never becomes the latest issue
// other tests read.
import { isoDateFromDb, nextDay } from '@/lib/domain/calendar';
import { testDb } from './actors';

function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function daysAfter(date: string, days: number): string {
  let result = date;
  for (let i = 0; i < days; i++) result = nextDay(result);
  return result;
}

/** The issue after the latest one by date: its number + 1, `gapDays` later. */
export async function nextIssueSlot(publicationId: string, gapDays = 1): Promise<{ number: number; date: string }> {
  const db = testDb();
  try {
    const latest = await db.issue.findFirst({ where: { publicationId }, orderBy: { date: 'desc' }, select: { number: true, date: true } });
    if (!latest) return { number: 1, date: '2030-01-01' };
    return { number: latest.number + 1, date: daysAfter(isoDateFromDb(latest.date), gapDays) };
  } finally {
    await db.$disconnect();
  }
}

/** A back issue the day before the earliest one, numbered one below it. */
export async function backIssueSlot(publicationId: string): Promise<{ number: number; date: string; backIssue: true }> {
  const db = testDb();
  try {
    const earliest = await db.issue.findFirst({ where: { publicationId }, orderBy: { date: 'asc' }, select: { number: true, date: true } });
    if (!earliest || earliest.number <= 1) throw new Error('No room for a back issue before the earliest one');
    return { number: earliest.number - 1, date: dayBefore(isoDateFromDb(earliest.date)), backIssue: true };
  } finally {
    await db.$disconnect();
  }
}
