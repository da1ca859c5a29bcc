// The words the benchmark searches for in turn: what readers of the archive
// might type, from everywhere in the archive to nowhere in it.
import * as V from './vocabulary';

const MISSING = ['飞船', '火星', '潜艇', '冰川', '沙漠', '企鹅', '熊猫', '卫星', '油田', '海啸'];

/**
 * Every tenth two-character word of the archive's vocabulary (common and
 * middling ones), its rare words whole, its place names, and words that occur
 * nowhere: about 150 searches, deterministic.
 */
export function searchMix(): string[] {
  const phrases = Object.values(V).filter(Array.isArray).flat() as string[];
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const chars = [...phrase];
    for (let i = 0; i + 1 < chars.length; i++) if (/^\p{Script=Han}{2}$/u.test(chars[i] + chars[i + 1])) pairs.add(chars[i] + chars[i + 1]);
  }
  const sampled = [...pairs].filter((_, index) => index % 10 === 0);
  return [...new Set([...sampled, ...V.RARE, ...V.PLACES, ...MISSING])];
}

/**
 * The long tail of readers' searches: every two- and three-character run of Han
 * characters in the archive's vocabulary, and the words that occur nowhere, each
 * on its first and second result page, in a fixed shuffled order. Walked once
 * without repeating (writeSequenceScript), no answer can come from a cache: every
 * request is a search the app renders afresh, whatever ran before.
 */
export function searchLongTail(): { query: string; page: number }[] {
  const phrases = Object.values(V).filter(Array.isArray).flat() as string[];
  const words = new Set<string>();
  for (const phrase of phrases) {
    const chars = [...phrase];
    for (let length = 2; length <= 3; length++) {
      for (let i = 0; i + length <= chars.length; i++) {
        const word = chars.slice(i, i + length).join('');
        if (new RegExp(`^\\p{Script=Han}{${length}}$`, 'u').test(word)) words.add(word);
      }
    }
  }
  for (const word of MISSING) words.add(word);
  const searches = [...words].flatMap((query) => [1, 2].map((page) => ({ query, page })));
  // A fixed shuffle (Fisher–Yates on a small linear congruential generator): common and rare words mixed.
  let seed = 20261130;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = searches.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [searches[i], searches[j]] = [searches[j], searches[i]];
  }
  return searches;
}
