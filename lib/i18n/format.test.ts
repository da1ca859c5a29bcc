import { describe, expect, it } from 'vitest';
import { formatClock, formatTime } from './format';

describe('newsroom times', () => {
  const at = new Date('2026-11-23T06:05:00Z');
  it('are Beijing time in the staff member’s language', () => {
    expect(formatTime(at)).toBe('2026/11/23 14:05');
    expect(formatTime(at, 'zh-CN')).toBe('2026/11/23 14:05');
    expect(formatTime(at, 'en')).toBe('Nov 23, 2026, 14:05');
    expect(formatClock(at)).toBe('14:05');
  });
});
