// How common a search is, from the statistics PostgreSQL keeps on the bigram
// index: the share of stories holding each of its most common character pairs.
import { characterRuns } from './character-runs';

/**
 * About how many of `stories` hold every pair of `query`: the share of its
 * rarest pair. 0 when a pair is not among the common ones (the statistics only
 * keep those) or the query has no pair at all.
 */
export function estimatedMatches(query: string, commonPairShares: ReadonlyMap<string, number>, stories: number): number {
  const pairs = characterRuns(query, 2);
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
 * What each step of a search costs, relative to walking past one entry whose pair
 * signature rules the word out (migration 0020). Measured on the benchmark archive:
 * about 2 µs an entry walked past, 12 µs to read and test a story's text, 20 µs to
 * take a match from the index (the story, then its entry).
 */
const WALKED_ENTRY_COST = 1;
const TESTED_STORY_COST = 6;
const INDEXED_MATCH_COST = 10;

/**
 * Whether a page of results is found sooner by walking the newest stories until
 * the page is full than by taking every match from the index and sorting them.
 * A walk passes about `(offset + pageSize) / share` entries, most of which their
 * signature rules out, and reads the text of the matches; the index reads every
 * match.
 */
export function walkingIsCheaper({ matches, offset, pageSize, stories }: { matches: number; offset: number; pageSize: number; stories: number }): boolean {
  if (matches <= 0) return false;
  const wanted = offset + pageSize;
  const walking = ((wanted * stories) / matches) * WALKED_ENTRY_COST + wanted * TESTED_STORY_COST;
  return walking < matches * INDEXED_MATCH_COST;
}
