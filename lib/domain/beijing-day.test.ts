import { describe, expect, it } from 'vitest';
import { beijingDayEnd, beijingDayStart } from './beijing-day';

describe('Beijing days', () => {
  it('start at 16:00 UTC the day before and last 24 hours', () => {
    expect(beijingDayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(beijingDayEnd('2026-01-01').toISOString()).toBe('2026-01-01T16:00:00.000Z');
    expect(beijingDayEnd('2024-02-28').toISOString()).toBe('2024-02-28T16:00:00.000Z'); // the next day is the 29th
  });
});
