import { describe, expect, it } from 'vitest';
import { checkSearchQuery, hasNoLetterCase } from './search-text';

describe('checkSearchQuery', () => {
  it('takes ordinary queries, whitespace collapsed', () => {
    expect(checkSearchQuery('  社区\t食堂\n', 50)).toEqual({ query: '社区 食堂' });
    expect(checkSearchQuery('𠀀'.repeat(50), 50)).toEqual({ query: '𠀀'.repeat(50) });
  });

  it('refuses NUL, other controls and lone surrogates', () => {
    for (const raw of ['社区\u0000', '\u0000', 'a\u0007b', 'x\u007f', 'a\ud800b', '\udc00']) {
      expect(checkSearchQuery(raw, 50).error, JSON.stringify(raw)).toBe('searchInvalidCharacters');
    }
  });

  it('says when the query is too long, counting characters', () => {
    expect(checkSearchQuery('字'.repeat(51), 50).error).toBe('searchTooLong');
    expect(checkSearchQuery('字'.repeat(50), 50).error).toBeUndefined();
  });
});

describe('hasNoLetterCase', () => {
  it('is true for Chinese, digits and punctuation, false as soon as a letter has a case', () => {
    for (const text of ['湿地公园', '2026年', '“十四五”', '100%', '']) expect(hasNoLetterCase(text), text).toBe(true);
    // Latin, full-width Latin, Greek, a letter that only upper-cases (ß) and one that only lower-cases (İ).
    for (const text of ['5G基站', 'ａｂｃ', 'CBD', 'Ω', 'straße', 'İ']) expect(hasNoLetterCase(text), text).toBe(false);
  });
});
