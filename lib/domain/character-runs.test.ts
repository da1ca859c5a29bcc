import { describe, expect, it } from 'vitest';
import { characterRuns } from './character-runs';

describe('characterRuns', () => {
  it('takes every run of two or three neighbouring characters once, lower-cased', () => {
    expect(characterRuns('湿地公园', 2)).toEqual(['湿地', '地公', '公园']);
    expect(characterRuns('湿地公园', 3)).toEqual(['湿地公', '地公园']);
    expect(characterRuns('社区社区', 2)).toEqual(['社区', '区社']);
    expect(characterRuns('5G基站', 2)).toEqual(['5g', 'g基', '基站']);
    expect(characterRuns('芦苇', 3)).toEqual([]);
    expect(characterRuns('芦', 2)).toEqual([]);
    // A character outside the Basic Multilingual Plane is one character, as in PostgreSQL.
    expect(characterRuns('𠀀地', 2)).toEqual(['𠀀地']);
  });
});
