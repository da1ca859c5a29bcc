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
