import { describe, expect, it } from 'vitest';
import { parseDeskFilters } from './desk-filters';

describe('desk filters from the URL', () => {
  it('reads every filter', () => {
    const { filters, invalid } = parseDeskFilters({ q: ' 电梯 ', status: 'EDITED', author: 'abc', column: '融评', from: '2026-01-01', to: '2026-01-31', page: '3' });
    expect(invalid).toEqual([]);
    expect(filters).toEqual({ q: '电梯', status: 'EDITED', author: 'abc', column: '融评', from: '2026-01-01', to: '2026-01-31', page: 3 });
  });

  it('treats empty values as no filter and starts on page 1', () => {
    expect(parseDeskFilters({ q: '', status: '', from: '', page: '' })).toEqual({ filters: { page: 1 }, invalid: [] });
    expect(parseDeskFilters({})).toEqual({ filters: { page: 1 }, invalid: [] });
  });

  it('drops bad values, keeps the good ones and says which were dropped', () => {
    const { filters, invalid } = parseDeskFilters({ q: '桥', status: 'DRAFT', from: '2024-02-30', page: '-2' });
    expect(filters).toEqual({ q: '桥', page: 1 });
    expect(invalid).toEqual(
      expect.arrayContaining([
        { field: 'status', message: 'statusInvalid' },
        { field: 'from', message: 'dateInvalid' },
        { field: 'page', message: 'pageInvalid' },
      ]),
    );
  });

  it('refuses a date range that ends before it starts, and an overlong search', () => {
    expect(parseDeskFilters({ from: '2026-02-01', to: '2026-01-01' }).invalid).toEqual([{ field: 'to', message: 'dateRangeInvalid' }]);
    expect(parseDeskFilters({ q: '字'.repeat(101) }).invalid).toEqual([{ field: 'q', message: 'searchTooLong' }]);
  });

  it('reports a refused search, keeping what was typed so the form shows it again', () => {
    const typed = '字'.repeat(150);
    const { filters, invalid, typedQuery } = parseDeskFilters({ q: typed, status: 'FILED' });
    expect(invalid).toEqual([{ field: 'q', message: 'searchTooLong' }]);
    expect(typedQuery).toBe(typed);
    expect(filters).toEqual({ status: 'FILED', page: 1 });
    expect(parseDeskFilters({ q: '电梯\u0000' }).invalid).toEqual([{ field: 'q', message: 'searchInvalidCharacters' }]);
    expect(parseDeskFilters({ q: '电梯\t 井' }).filters.q).toBe('电梯 井');
  });

  it('takes the first of repeated parameters', () => {
    expect(parseDeskFilters({ status: ['READY', 'FILED'] }).filters.status).toBe('READY');
  });
});
