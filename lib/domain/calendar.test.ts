import { describe, expect, it } from 'vitest';
import { beijingDateTime, beijingDateTimeInput, calendarDate, chineseDate, chineseWeekday, isIsoDate, lunarDateLine, lunarDateName, lunarDayName, nextDay, beijingToday, weekdayName } from './calendar';

describe('dates in the newsroom language', () => {
  it('writes the weekday and the day in Chinese or in English', () => {
    expect(weekdayName('2024-04-29', 'zh-CN')).toBe('星期一');
    expect(weekdayName('2024-04-29', 'en')).toBe('Monday');
    expect(weekdayName('2024-02-10', 'en')).toBe('Saturday');
    expect(calendarDate('2024-04-29', 'zh-CN')).toBe('2024年4月29日');
    expect(calendarDate('2024-04-29', 'en')).toBe('April 29, 2024');
    expect(calendarDate('2025-12-31', 'en')).toBe('December 31, 2025');
    expect(lunarDateName('2024-04-29')).toBe('甲辰年三月廿一');
  });
});

describe('masthead dates', () => {
  it.each([
    // The three seed issues (NEWSROOM.md)
    ['2024-04-29', '星期一', '农历甲辰年三月廿一'],
    ['2024-03-08', '星期五', '农历甲辰年正月廿八'],
    ['2025-07-25', '星期五', '农历乙巳年闰六月初一'],
    // Chinese New Year's Day and its eve
    ['2024-02-10', '星期六', '农历甲辰年正月初一'],
    ['2024-02-09', '星期五', '农历癸卯年腊月三十'],
    // The eleventh month is printed 冬月; a second leap month year
    ['2024-12-20', '星期五', '农历甲辰年冬月二十'],
    ['2023-03-22', '星期三', '农历癸卯年闰二月初一'],
    ['2025-08-22', '星期五', '农历乙巳年闰六月廿九'],
    ['2025-08-23', '星期六', '农历乙巳年七月初一'],
    ['2026-11-23', '星期一', '农历丙午年十月十五'],
  ])('%s is %s %s', (date, weekday, lunar) => {
    expect(chineseWeekday(date)).toBe(weekday);
    expect(lunarDateLine(date)).toBe(lunar);
  });

  it('writes lunar days the traditional way', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 29, 30].map(lunarDayName)).toEqual([
      '初一', '初九', '初十', '十一', '十九', '二十', '廿一', '廿九', '三十',
    ]);
    expect(() => lunarDayName(31)).toThrow(RangeError);
  });

  it('accepts only real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-4-29')).toBe(false);
    expect(isIsoDate('明天')).toBe(false);
    expect(() => chineseWeekday('2024-02-30')).toThrow(RangeError);
  });

  it('counts days in Beijing time', () => {
    expect(chineseDate('2024-04-29')).toBe('2024年4月29日');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
    // 17:00 UTC on 28 April is already 29 April in Beijing
    expect(beijingToday(new Date('2024-04-28T17:00:00Z'))).toBe('2024-04-29');
  });
});

describe('Beijing date-times', () => {
  it('reads a datetime-local value as Beijing time', () => {
    expect(beijingDateTime('2026-11-24T06:00')?.toISOString()).toBe('2026-11-23T22:00:00.000Z');
    expect(beijingDateTime('2026-11-24 06:00:30')?.toISOString()).toBe('2026-11-23T22:00:30.000Z');
  });
  it('refuses what is not a moment', () => {
    for (const value of ['', '2026-11-24', '2026-02-30T06:00', '2026-11-24T24:00', '明天六点', '2026-11-24T06:00Z']) {
      expect(beijingDateTime(value), value).toBeNull();
    }
  });
  it('writes a moment back for the input', () => {
    expect(beijingDateTimeInput(new Date('2026-11-23T22:00:00Z'))).toBe('2026-11-24T06:00');
    expect(beijingDateTimeInput(new Date('2026-11-23T22:00:07Z'), { seconds: true })).toBe('2026-11-24T06:00:07');
  });
});
