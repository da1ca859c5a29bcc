import { TIME_ZONE } from './config';

const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });

/** A moment as the newsroom reads it: Beijing time, e.g. 2026/11/23 14:05. */
export function formatTime(value: Date): string {
  return dateTime.format(value);
}

const clock = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

/** The time of day in Beijing, e.g. 14:05 (for 已保存 14:05). */
export function formatClock(value: Date): string {
  return clock.format(value);
}
