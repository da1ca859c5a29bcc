// Pages are numbered 01, 02 … and referred to in Chinese numerals in jump lines
// and teasers (下转四版, 详见十二版). The printed paper and the reader site are
// always Chinese; the newsroom passes its staff member's language.

import type { Locale } from '@/lib/i18n/config';

/** `01`. */
export function pageNumberLabel(number: number): string {
  return String(number).padStart(2, '0');
}

/** `第01版：要闻`, or `第01版` without a name; in English `Page 01: 要闻`, `Page 01`. */
export function pageTitle(number: number, name?: string | null, locale: Locale = 'zh-CN'): string {
  const label = pageNumberLabel(number);
  if (locale === 'en') return name ? `Page ${label}: ${name}` : `Page ${label}`;
  return name ? `第${label}版：${name}` : `第${label}版`;
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一版, 10 → 十版, 12 → 十二版, 20 → 二十版, 32 → 三十二版. */
export function chinesePageName(number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 99) throw new RangeError(`Not a page number: ${number}`);
  const tens = Math.floor(number / 10);
  const units = number % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : NUMERALS[tens]}十`;
  return `${tensPart}${units === 0 ? '' : NUMERALS[units]}版`;
}
