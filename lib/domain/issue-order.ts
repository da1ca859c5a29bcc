// An issue's number and its date both follow the paper's order: a later date
// carries a higher number. A new issue comes after the latest one; an older
// issue entered afterwards (补录往期) must say so and fit between its neighbours
// by date. "Latest", previous/next and the proposed next number all go by date.
import type { IsoDate } from './calendar';

export type IssuePosition = { number: number; date: IsoDate };

export type IssueOrderProblem = {
  /** A message key of the "errors" catalog. */
  key: 'issueNotAfterLatest' | 'issueNumberNotAfterLatest' | 'backIssueIsLatest' | 'backIssueNumberOutOfOrder';
  values: Record<string, string | number>;
};

/**
 * Why an issue numbered `number` and dated `date` cannot be made, or null when
 * it can. `before` is the issue with the nearest earlier date, `after` the one
 * with the nearest later date (null when none).
 */
export function issueOrderProblem(options: {
  candidate: IssuePosition;
  before: IssuePosition | null;
  after: IssuePosition | null;
  backIssue: boolean;
}): IssueOrderProblem | null {
  const { candidate, before, after, backIssue } = options;
  if (!backIssue) {
    if (after) {
      return { key: 'issueNotAfterLatest', values: { number: candidate.number, date: candidate.date, latestNumber: after.number, latestDate: after.date } };
    }
    if (before && candidate.number <= before.number) {
      return { key: 'issueNumberNotAfterLatest', values: { number: candidate.number, latestNumber: before.number, latestDate: before.date } };
    }
    return null;
  }
  if (!after) return { key: 'backIssueIsLatest', values: { number: candidate.number, date: candidate.date } };
  const low = before?.number ?? 0;
  if (candidate.number <= low || candidate.number >= after.number) {
    return {
      key: 'backIssueNumberOutOfOrder',
      values: { number: candidate.number, low: before ? before.number : '—', lowDate: before?.date ?? '—', high: after.number, highDate: after.date },
    };
  }
  return null;
}
