import { describe, expect, it } from 'vitest';
import { jumpInLine, jumpOutLine, jumpPages } from './jump-lines';

describe('jump lines', () => {
  it('prints page numbers in Chinese numerals in full-width parentheses', () => {
    expect(jumpOutLine(4)).toBe('（下转四版）');
    expect(jumpInLine(1)).toBe('（上接一版）');
    expect(jumpOutLine(12)).toBe('（下转十二版）');
  });

  it('points each part of a jumped story at the page of the other, from the current numbers', () => {
    const parts = [
      { articleId: 'a', part: 1, pageNumber: 1 },
      { articleId: 'a', part: 2, pageNumber: 4 },
      { articleId: 'b', part: 1, pageNumber: 2 },
    ];
    expect(jumpPages(parts).get('a')).toEqual({ out: 4, in: 1 });
    expect(jumpPages(parts).has('b')).toBe(false);
    // Pages 4 and 3 swapped: the same placements now read 下转三版.
    const reordered = parts.map((p) => (p.pageNumber === 4 ? { ...p, pageNumber: 3 } : p));
    expect(jumpOutLine(jumpPages(reordered).get('a')!.out!)).toBe('（下转三版）');
  });
});
