import { describe, expect, it } from 'vitest';
import { guideLines, guideReference, readGuidePicks } from './guide-box';

describe('导读 box', () => {
  const headlines = new Map([
    ['a', '区图书馆延长夜间开放时间'],
    ['b', '湿地公园新开两条观察径'],
  ]);
  it('points each teaser to the page its story starts on, in Chinese numerals', () => {
    const lines = guideLines([{ articleId: 'a', teaser: '图书馆夜间开放' }, { articleId: 'b', teaser: null }], new Map([['a', 3], ['b', 12]]), headlines);
    expect(lines.map((l) => `${l.teaser}${l.reference}`)).toEqual(['图书馆夜间开放——详见三版', '湿地公园新开两条观察径——详见十二版']);
  });

  it('follows the story when pages are reordered', () => {
    const picks = [{ articleId: 'a', teaser: null }];
    expect(guideLines(picks, new Map([['a', 3]]), headlines)[0].reference).toBe('——详见三版');
    expect(guideLines(picks, new Map([['a', 2]]), headlines)[0].reference).toBe('——详见二版');
  });

  it('has no reference for a story no longer on a page', () => {
    expect(guideLines([{ articleId: 'a', teaser: ' ' }], new Map(), headlines)[0]).toMatchObject({ teaser: '区图书馆延长夜间开放时间', pageNumber: null, reference: null });
  });

  it('reads stored picks defensively', () => {
    expect(readGuidePicks(null)).toEqual([]);
    expect(readGuidePicks([{ articleId: 'a' }, { teaser: 'x' }, 'y', { articleId: 'b', teaser: '短' }])).toEqual([
      { articleId: 'a', teaser: null },
      { articleId: 'b', teaser: '短' },
    ]);
    expect(guideReference(1)).toBe('——详见一版');
  });
});
