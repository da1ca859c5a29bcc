// The query's side of the reader search's pair signatures (migration 0020),
// worked out in the app. In PostgreSQL, masthead_pair_signature(masthead_bigrams(…))
// of a two-character query took about 0.2 ms (each SQL function call plans its
// own statement), and a walk named it twice: a quarter of a common word's search.
// The positions are the migration's arithmetic on code points; a test compares
// the two on the same texts (tests/integration/reader-search-signatures.test.ts).

/** Bits in a signature: 8192, in PostgreSQL's `bit varying`. */
export const PAIR_SIGNATURE_BITS = 8192;

/** The two bits of one pair: `(first * 7919 + second * 6151) % 8191` and `(first * 4099 + second * 9973) % 8179`. */
export function pairBits(pair: string): [number, number] {
  const [first, second] = [...pair].map((char) => char.codePointAt(0)!);
  if (second === undefined) throw new Error(`not a pair: ${JSON.stringify(pair)}`);
  return [(first * 7919 + second * 6151) % 8191, (first * 4099 + second * 9973) % 8179];
}

/**
 * The signature of `pairs` as PostgreSQL reads a `bit varying` in hexadecimal
 * (`x…`, bit 0 the highest bit of the first digit), as set_bit numbers bits.
 */
export function pairSignatureHex(pairs: readonly string[]): string {
  const bytes = new Uint8Array(PAIR_SIGNATURE_BITS / 8);
  for (const pair of pairs) {
    for (const bit of pairBits(pair)) bytes[bit >> 3] |= 0x80 >> (bit & 7);
  }
  return `x${Buffer.from(bytes).toString('hex')}`;
}
