// The newsroom's days are Beijing days (UTC+8 all year, no daylight saving).
import type { IsoDate } from './calendar';
import { nextDay } from './calendar';

/** The instant a Beijing day begins. */
export function beijingDayStart(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** The instant after a Beijing day ends: the start of the next one. */
export function beijingDayEnd(date: IsoDate): Date {
  return beijingDayStart(nextDay(date));
}
