import { describe, expect, it } from 'vitest';
import { defaultSlots, slotsFitGrid } from './page-templates';

describe('page templates', () => {
  it('lays the default pages out on the grid without overlaps', () => {
    expect(slotsFitGrid(defaultSlots(1))).toBe(true);
    expect(slotsFitGrid(defaultSlots(2))).toBe(true);
    expect(defaultSlots(1)[0].name).toBe('头条');
  });
  it('refuses overlapping and off-page slots', () => {
    expect(slotsFitGrid([{ name: 'a', column: 1, row: 1, columns: 2, rows: 2 }, { name: 'b', column: 2, row: 2, columns: 1, rows: 1 }])).toBe(false);
    expect(slotsFitGrid([{ name: 'a', column: 5, row: 1, columns: 3, rows: 1 }])).toBe(false);
    expect(slotsFitGrid([{ name: 'a', column: 0, row: 1, columns: 1, rows: 1 }])).toBe(false);
  });
});
