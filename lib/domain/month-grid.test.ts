import { describe, expect, it } from 'vitest';
import { formatYearMonth, monthGrid, parseYearMonth, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('starts weeks on Monday', () => {
    // 1 April 2024 was a Monday; 1 March 2024 a Friday.
    expect(monthGrid({ year: 2024, month: 4 })[0][0]).toBe('2024-04-01');
    const march = monthGrid({ year: 2024, month: 3 });
    expect(march[0].slice(0, 5)).toEqual([null, null, null, null, '2024-03-01']);
    expect(march.flat().filter(Boolean)).toHaveLength(31);
    expect(march.every((week) => week.length === 7)).toBe(true);
  });

  it('knows leap years', () => {
    expect(monthGrid({ year: 2024, month: 2 }).flat().filter(Boolean).at(-1)).toBe('2024-02-29');
    expect(monthGrid({ year: 2025, month: 2 }).flat().filter(Boolean).at(-1)).toBe('2025-02-28');
  });

  it('moves between months across years', () => {
    expect(shiftMonth({ year: 2024, month: 12 }, 1)).toEqual({ year: 2025, month: 1 });
    expect(shiftMonth({ year: 2024, month: 1 }, -1)).toEqual({ year: 2023, month: 12 });
  });

  it('parses only real months', () => {
    expect(parseYearMonth('2024-04')).toEqual({ year: 2024, month: 4 });
    expect(parseYearMonth('2024-13')).toBeNull();
    expect(parseYearMonth('<script>')).toBeNull();
    expect(parseYearMonth(undefined)).toBeNull();
    expect(formatYearMonth({ year: 2024, month: 4 })).toBe('2024-04');
  });
});
