import { describe, expect, it } from 'vitest';
import { escapeLike, excerptWindow, searchSnippet } from './search-snippet';

describe('search snippets', () => {
  it('marks every match of a two-character word inside running Chinese text', () => {
    const parts = searchSnippet('老旧小区加装电梯，电梯已通过验收。', '电梯');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['电梯', '电梯']);
    expect(parts.map((p) => p.text).join('')).toBe('老旧小区加装电梯，电梯已通过验收。');
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = '甲'.repeat(100) + '目标' + '乙'.repeat(100);
    const parts = searchSnippet(text, '目标', 10);
    expect(parts[0].text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(parts.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(10)}目标${'乙'.repeat(10)}…`);
  });

  it('shows the beginning when nothing matches', () => {
    expect(searchSnippet('短文', '不存在')).toEqual([{ text: '短文', match: false }]);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});

describe('excerptWindow', () => {
  it('shows the excerpt and says the text goes on when the window holds one character more', () => {
    expect(excerptWindow('湿地公园', 3)).toEqual({ excerpt: '湿地公', cutAfter: true });
    expect(excerptWindow('湿地公', 3)).toEqual({ excerpt: '湿地公', cutAfter: false });
    expect(excerptWindow('湿地', 3)).toEqual({ excerpt: '湿地', cutAfter: false });
    // Characters, not UTF-16 units, as PostgreSQL counts them.
    expect(excerptWindow('𠀀𠀁𠀂', 2)).toEqual({ excerpt: '𠀀𠀁', cutAfter: true });
    expect(excerptWindow(null, 3)).toEqual({ excerpt: '', cutAfter: false });
  });
});
