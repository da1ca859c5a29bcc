import { describe, expect, it } from 'vitest';
import { countCharacters } from './char-count';

describe('character count', () => {
  it('counts Chinese characters and full-width punctuation', () => {
    expect(countCharacters('本报讯，朝阳区。')).toBe(8);
  });
  it('ignores spaces and line breaks', () => {
    expect(countCharacters(' 第一段\n\n第二段 ')).toBe(6);
  });
  it('counts characters outside the basic plane once', () => {
    expect(countCharacters('𠀀𠀁')).toBe(2);
  });
});
