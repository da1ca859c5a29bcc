// Dates as printed on the masthead: weekday and Chinese lunar date, in Beijing time.
// The lunar calendar comes from the platform (ICU's Chinese calendar through Intl).

import type { Locale } from '@/lib/i18n/config';

const TIME_ZONE = 'Asia/Shanghai';

/** A calendar day written YYYY-MM-DD. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written YYYY-MM-DD (so 2024-02-30 is not). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Noon in Beijing on that day: far from midnight, so no time zone can move it to another day. */
function beijingNoon(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T12:00:00+08:00`);
}

/** The calendar day in Beijing at instant `at`. */
export function beijingToday(at: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  const next = beijingNoon(date);
  next.setUTCDate(next.getUTCDate() + 1);
  return beijingToday(next);
}

const weekdayFormat = new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: TIME_ZONE });

/** `星期一` … `星期日`. */
export function chineseWeekday(date: IsoDate): string {
  return weekdayFormat.format(beijingNoon(date));
}

const englishWeekdayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: TIME_ZONE });

/** The weekday in the newsroom's language: `星期一` in Chinese, `Monday` in English. */
export function weekdayName(date: IsoDate, locale: Locale): string {
  return (locale === 'en' ? englishWeekdayFormat : weekdayFormat).format(beijingNoon(date));
}

const englishDateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: TIME_ZONE });

/** A calendar day in the newsroom's language: `2024年4月29日` in Chinese, `April 29, 2024` in English. */
export function calendarDate(date: IsoDate, locale: Locale): string {
  return locale === 'en' ? englishDateFormat.format(beijingNoon(date)) : chineseDate(date);
}

/** `2024年4月29日`. */
export function chineseDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const lunarFormat = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TIME_ZONE,
});

const DAY_TENS = ['初', '十', '廿', '三'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 初一, 10 → 初十, 11 → 十一, 20 → 二十, 21 → 廿一, 30 → 三十. */
export function lunarDayName(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Not a lunar day: ${day}`);
  if (day === 10) return '初十';
  if (day === 20) return '二十';
  if (day === 30) return '三十';
  return DAY_TENS[Math.floor(day / 10)] + DIGITS[day % 10];
}

// ICU names the eleventh month 十一月; mastheads print its traditional name.
const MONTH_NAMES: Record<string, string> = { 十一月: '冬月' };

export type LunarDate = { yearName: string; monthName: string; dayName: string; isLeapMonth: boolean };

export function lunarDate(date: IsoDate): LunarDate {
  const parts = lunarFormat.formatToParts(beijingNoon(date));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const month = part('month');
  const isLeapMonth = month.startsWith('闰');
  const baseMonth = isLeapMonth ? month.slice(1) : month;
  return {
    yearName: part('yearName'),
    monthName: (isLeapMonth ? '闰' : '') + (MONTH_NAMES[baseMonth] ?? baseMonth),
    dayName: lunarDayName(Number(part('day'))),
    isLeapMonth,
  };
}

/** `甲辰年三月廿一`: the lunar date's own name (the newsroom shows it in either language). */
export function lunarDateName(date: IsoDate): string {
  const lunar = lunarDate(date);
  return `${lunar.yearName}年${lunar.monthName}${lunar.dayName}`;
}

/** `农历甲辰年三月廿一`, as printed on the masthead. */
export function lunarDateLine(date: IsoDate): string {
  return `农历${lunarDateName(date)}`;
}

/** A Prisma `@db.Date` value (midnight UTC) as a calendar day. */
export function isoDateFromDb(value: Date): IsoDate {
  return value.toISOString().slice(0, 10);
}

/** A calendar day as a Prisma `@db.Date` value. */
export function isoDateToDb(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/** `2026-11-24T06:00` (or with seconds), read as Beijing time; null when it is not a real moment. */
export function beijingDateTime(value: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match || !isIsoDate(match[1])) return null;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${match[1]}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}+08:00`);
}

/** The value of a datetime-local input for `at`, in Beijing time (to the minute, or the second). */
export function beijingDateTimeInput(at: Date, options: { seconds?: boolean } = {}): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const minutes = `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
  return options.seconds ? `${minutes}:${part('second')}` : minutes;
}
