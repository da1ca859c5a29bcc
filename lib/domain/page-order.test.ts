import { describe, expect, it } from 'vitest';
import { insertPage, isPermutation, movePage, pageNumbers, renumbered } from './page-order';

describe('page order and numbering', () => {
  const pages = ['a', 'b', 'c', 'd'];

  it('moves a page and renumbers only the pages between', () => {
    const after = movePage(pages, 3, 1);
    expect(after).toEqual(['a', 'd', 'b', 'c']);
    expect(renumbered(pages, after)).toEqual([
      { id: 'd', from: 4, to: 2 },
      { id: 'b', from: 2, to: 3 },
      { id: 'c', from: 3, to: 4 },
    ]);
    expect(movePage(pages, 0, 9)).toEqual(pages);
    expect(renumbered(pages, movePage(pages, 2, 2))).toEqual([]);
  });

  it('inserts a page anywhere, renumbering those after it', () => {
    expect(insertPage(pages, 'x', 2)).toEqual(['a', 'x', 'b', 'c', 'd']);
    expect(insertPage(pages, 'x', 99)).toEqual([...pages, 'x']);
    expect(insertPage(pages, 'x', 0)).toEqual(['x', ...pages]);
    expect(renumbered(pages, insertPage(pages, 'x', 4)).map((change) => change.id)).toEqual(['x', 'd']);
  });

  it('numbers pages from 1 with no gap after one is removed', () => {
    const after = pages.filter((id) => id !== 'b');
    expect([...pageNumbers(after).entries()]).toEqual([['a', 1], ['c', 2], ['d', 3]]);
    expect(renumbered(pages, after)).toEqual([{ id: 'c', from: 3, to: 2 }, { id: 'd', from: 4, to: 3 }]);
  });

  it('accepts as a new order only the same pages, each once', () => {
    expect(isPermutation(pages, ['d', 'c', 'b', 'a'])).toBe(true);
    expect(isPermutation(pages, ['a', 'b', 'c'])).toBe(false);
    expect(isPermutation(pages, ['a', 'b', 'c', 'c'])).toBe(false);
    expect(isPermutation(pages, ['a', 'b', 'c', 'x'])).toBe(false);
  });
});
