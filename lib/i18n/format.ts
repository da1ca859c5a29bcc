import { TIME_ZONE } from './config';

const dateTime = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });

/** A moment as the newsroom reads it: Beijing time, e.g. 2026/11/23 14:05. */
export function formatTime(value: Date): string {
  return dateTime.format(value);
}
