import { describe, expect, it } from 'vitest';
import { isoWeekday, nextPublicationDay, pagesForDay, parsePageNames, readWeekdayPages } from './publication-calendar';

describe('publication calendar', () => {
  it('knows the weekday of a day', () => {
    expect(isoWeekday('2024-04-29')).toBe(1); // 星期一
    expect(isoWeekday('2024-03-08')).toBe(5); // 星期五
    expect(isoWeekday('2024-03-10')).toBe(7);
  });

  it('proposes the next publication day', () => {
    const weekdays = [1, 2, 3, 4, 5];
    expect(nextPublicationDay('2024-03-08', weekdays)).toBe('2024-03-08');
    expect(nextPublicationDay('2024-03-09', weekdays)).toBe('2024-03-11');
    expect(nextPublicationDay('2024-03-09', [5])).toBe('2024-03-15');
    expect(nextPublicationDay('2024-03-09', [])).toBe('2024-03-09');
  });

  it('gives the usual pages of a weekday', () => {
    const pages = { '5': ['要闻', '综合', '专题', '专题', '副刊', '文化', '体育', '生活'], '1': ['要闻', '综合', '专题', '副刊'] };
    expect(pagesForDay(pages, '2024-03-08')).toHaveLength(8);
    expect(pagesForDay(pages, '2024-04-29')).toEqual(['要闻', '综合', '专题', '副刊']);
    expect(pagesForDay(pages, '2024-04-30')).toBeNull();
    expect(pagesForDay(null, '2024-04-30')).toBeNull();
  });

  it('reads only well-formed weekday pages', () => {
    expect(readWeekdayPages({ '1': ['要闻'], '2': [], '3': [1], '9': ['x'], '4': [' 综合 '] })).toEqual({ '1': ['要闻'], '4': ['综合'] });
    expect(readWeekdayPages([['要闻']])).toEqual({});
  });

  it('reads page names typed in a line', () => {
    expect(parsePageNames('要闻 综合、专题，副刊,  文化')).toEqual(['要闻', '综合', '专题', '副刊', '文化']);
    expect(parsePageNames('  ')).toEqual([]);
  });
});
