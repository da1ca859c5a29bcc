import { describe, expect, it } from 'vitest';
import { estimatedMatches, walkingIsCheaper } from './search-estimate';

describe('estimatedMatches', () => {
  const shares = new Map([
    ['社区', 0.9],
    ['区社', 0.05],
    ['湿地', 0.001],
  ]);
  it('is the share of the rarest pair times the number of stories', () => {
    expect(estimatedMatches('社区', shares, 1000)).toBe(900);
    expect(estimatedMatches('社区社区', shares, 1000)).toBe(50);
  });
  it('is 0 when a pair is not a common one, or there is no pair', () => {
    expect(estimatedMatches('湿地公园', shares, 1000)).toBe(0);
    expect(estimatedMatches('社', shares, 1000)).toBe(0);
  });
});

describe('walkingIsCheaper', () => {
  const stories = 600_000;
  it('walks for a word in one story of a hundred on its first page, not on its fiftieth', () => {
    expect(walkingIsCheaper({ matches: 6_000, offset: 0, pageSize: 20, stories })).toBe(true);
    expect(walkingIsCheaper({ matches: 6_000, offset: 980, pageSize: 20, stories })).toBe(false);
  });
  it('walks past the entries whose signature rules the word out for ten index matches each', () => {
    // 1,500 matches: a walk passes 8,000 entries and reads 20 stories, the index reads 1,500.
    expect(walkingIsCheaper({ matches: 1_500, offset: 0, pageSize: 20, stories })).toBe(true);
    expect(walkingIsCheaper({ matches: 1_000, offset: 0, pageSize: 20, stories })).toBe(false);
    // Page 2 of a word in one story of 160 (民政局 on the benchmark archive).
    expect(walkingIsCheaper({ matches: 3_765, offset: 20, pageSize: 20, stories })).toBe(true);
  });
  it('sorts a rare word and walks an everyday one', () => {
    expect(walkingIsCheaper({ matches: 800, offset: 0, pageSize: 20, stories })).toBe(false);
    expect(walkingIsCheaper({ matches: 500_000, offset: 980, pageSize: 20, stories })).toBe(true);
    expect(walkingIsCheaper({ matches: 0, offset: 0, pageSize: 20, stories })).toBe(false);
  });
});
