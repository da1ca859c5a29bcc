// When a paper comes out and with which pages: publication days are ISO
// weekdays (1 = Monday … 7 = Sunday), and each weekday may have its usual
// pages with their 版名 (8 on Fridays, 4 otherwise).
import { isIsoDate, nextDay, type IsoDate } from './calendar';

export type WeekdayPages = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', string[]>>;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The ISO weekday of a calendar day (1 = Monday … 7 = Sunday). */
export function isoWeekday(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The first day on or after `from` that is a publication day (`from` itself when no days are set). */
export function nextPublicationDay(from: IsoDate, publicationDays: readonly number[]): IsoDate {
  const days = new Set(publicationDays.filter((d) => d >= 1 && d <= 7));
  if (days.size === 0) return from;
  let date = from;
  for (let i = 0; i < 7 && !days.has(isoWeekday(date)); i++) date = nextDay(date);
  return date;
}

/** The usual page names for a day, or null when the paper sets none for its weekday. */
export function pagesForDay(weekdayPages: unknown, date: IsoDate): string[] | null {
  const map = readWeekdayPages(weekdayPages);
  const names = map[String(isoWeekday(date)) as keyof WeekdayPages];
  return names?.length ? names : null;
}

/** Reads stored weekday pages, keeping only well-formed entries. */
export function readWeekdayPages(value: unknown): WeekdayPages {
  const result: WeekdayPages = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return result;
  for (const day of WEEKDAYS) {
    const names = (value as Record<string, unknown>)[String(day)];
    if (Array.isArray(names) && names.every((n) => typeof n === 'string' && n.trim()) && names.length) {
      result[String(day) as keyof WeekdayPages] = names.map((n: string) => n.trim());
    }
  }
  return result;
}

/** `要闻 综合 专题 副刊` typed one line per weekday, read into page names (spaces, 、 or commas between). */
export function parsePageNames(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
