import { TIME_ZONE, type Locale } from './config';

const dateTime: Record<Locale, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }),
};

/** A moment as the newsroom reads it, in Beijing time: 2026/11/23 14:05, or Nov 23, 2026, 14:05 in English. */
export function formatTime(value: Date, locale: Locale = 'zh-CN'): string {
  return dateTime[locale].format(value);
}

const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** The time of day in Beijing, e.g. 14:05 (for 已保存 14:05); the same in both languages. */
export function formatClock(value: Date): string {
  return clock.format(value);
}
