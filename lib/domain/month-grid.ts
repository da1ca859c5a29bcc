// The 往期回顾 calendar: a month laid out in weeks, Monday first, as Chinese
// calendars print it.
import type { IsoDate } from './calendar';

export type YearMonth = { year: number; month: number };

/** Weeks of the month; days outside it are null. */
export function monthGrid({ year, month }: YearMonth): (IsoDate | null)[][] {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (IsoDate | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let day = 1; day <= daysInMonth; day++) {
    cells.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** `2024-04` → { year: 2024, month: 4 }, or null for anything else. */
export function parseYearMonth(value: string | undefined): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 ? { year, month } : null;
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
