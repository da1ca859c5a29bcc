import { describe, expect, it } from 'vitest';
import { pairBits, pairSignatureHex, PAIR_SIGNATURE_BITS } from './pair-signature';

const setBits = (hex: string) => {
  const bits: number[] = [];
  const digits = hex.slice(1);
  for (let i = 0; i < digits.length * 4; i++) if ((Number.parseInt(digits[i >> 2], 16) >> (3 - (i & 3))) & 1) bits.push(i);
  return bits;
};

describe('pairSignatureHex', () => {
  it('sets the two bits of each pair, bit 0 first, in 8192 bits', () => {
    // 长 is U+957F (38271), 廊 U+5ECA (24266).
    expect(pairBits('长廊')).toEqual([(38271 * 7919 + 24266 * 6151) % 8191, (38271 * 4099 + 24266 * 9973) % 8179]);
    const hex = pairSignatureHex(['长廊']);
    expect(hex).toHaveLength(1 + PAIR_SIGNATURE_BITS / 4);
    expect(setBits(hex)).toEqual([...pairBits('长廊')].sort((a, b) => a - b));
    expect(setBits(pairSignatureHex(['长廊', '社区', '长廊']))).toEqual([...new Set([...pairBits('长廊'), ...pairBits('社区')])].sort((a, b) => a - b));
    expect(setBits(pairSignatureHex([]))).toEqual([]);
  });

  it('refuses a run that is not a pair', () => {
    expect(() => pairSignatureHex(['长'])).toThrow();
  });
});
