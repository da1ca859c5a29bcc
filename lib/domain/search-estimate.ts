// How common a search is, from the statistics PostgreSQL keeps on the bigram
// index: the share of stories holding each of its most common character pairs.

/** The pairs of neighbouring characters of `text`, lower-cased, as masthead_bigrams (migration 0006) takes them. */
export function characterPairs(text: string): string[] {
  const chars = [...text.toLowerCase()];
  return [...new Set(chars.slice(1).map((char, index) => chars[index] + char))];
}

/**
 * About how many of `stories` hold every pair of `query`: the share of its
 * rarest pair. 0 when a pair is not among the common ones (the statistics only
 * keep those) or the query has no pair at all.
 */
export function estimatedMatches(query: string, commonPairShares: ReadonlyMap<string, number>, stories: number): number {
  const pairs = characterPairs(query);
  if (!pairs.length) return 0;
  let rarest = 1;
  for (const pair of pairs) {
    const share = commonPairShares.get(pair);
    if (share === undefined) return 0;
    rarest = Math.min(rarest, share);
  }
  return rarest * stories;
}

/**
 * Whether a page of results is found sooner by walking the newest stories until
 * the page is full (about `(offset + pageSize) / share` stories read) than by
 * taking every match from the index and sorting them (`matches` stories read):
 * when matches² > (offset + pageSize) × stories. Both read each story's text
 * for a query longer than two characters.
 */
export function walkingIsCheaper({ matches, offset, pageSize, stories }: { matches: number; offset: number; pageSize: number; stories: number }): boolean {
  return matches > 0 && matches * matches > (offset + pageSize) * stories;
}
