// Issue numbers are cumulative since the paper's founding: 第3405期 follows 第3404期.
// Labels are Chinese as printed unless the newsroom passes its staff member's language.

import type { Locale } from '@/lib/i18n/config';

/** The number proposed for a new issue, given the highest number so far (null for the first issue). */
export function nextIssueNumber(lastNumber: number | null): number {
  if (lastNumber === null) return 1;
  if (!Number.isSafeInteger(lastNumber) || lastNumber < 1) throw new RangeError(`Not an issue number: ${lastNumber}`);
  return lastNumber + 1;
}

/** `第 3405 期` as printed, with the spaces the masthead sets around the number; `No. 3405` in English. */
export function issueNumberLabel(number: number, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? `No. ${number}` : `第 ${number} 期`;
}

/** `本期 8 版`; `8 pages` in English. */
export function pageCountLabel(pageCount: number, locale: Locale = 'zh-CN'): string {
  if (locale === 'en') return pageCount === 1 ? '1 page' : `${pageCount} pages`;
  return `本期 ${pageCount} 版`;
}
