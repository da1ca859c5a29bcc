// The runs of neighbouring characters the reader search indexes (migrations 0006
// and 0019) and signs (0020), taken from a query in the app.

/**
 * Every distinct run of `length` neighbouring characters of `text`, lower-cased: the
 * elements of masthead_bigrams (2) and masthead_trigrams (3) for a text whose case
 * JavaScript and PostgreSQL fold alike (hasNoLetterCase), in another order.
 */
export function characterRuns(text: string, length: number): string[] {
  const chars = [...text.toLowerCase()];
  const runs = new Set<string>();
  for (let start = 0; start + length <= chars.length; start++) runs.add(chars.slice(start, start + length).join(''));
  return [...runs];
}
