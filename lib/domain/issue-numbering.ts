// Issue numbers are cumulative since the paper's founding: 第3405期 follows 第3404期.

/** The number proposed for a new issue, given the highest number so far (null for the first issue). */
export function nextIssueNumber(lastNumber: number | null): number {
  if (lastNumber === null) return 1;
  if (!Number.isSafeInteger(lastNumber) || lastNumber < 1) throw new RangeError(`Not an issue number: ${lastNumber}`);
  return lastNumber + 1;
}

/** `第 3405 期` as printed, with the spaces the masthead sets around the number. */
export function issueNumberLabel(number: number): string {
  return `第 ${number} 期`;
}

/** `本期 8 版`. */
export function pageCountLabel(pageCount: number): string {
  return `本期 ${pageCount} 版`;
}
