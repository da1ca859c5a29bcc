// Search over Chinese text: substring matching (Chinese has no spaces between
// words, so a two-character word is matched anywhere), and a short excerpt
// around the first match for the results list.

/** Escapes LIKE wildcards so a query is matched literally. */
export function escapeLike(query: string): string {
  return query.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export type SnippetPart = { text: string; match: boolean };

/** How many characters either side of the first match a result's excerpt shows. */
export const SNIPPET_RADIUS = 40;

/**
 * Where a snippet of `text` is cut: `radius` characters either side of the first
 * match (case-insensitive), or the first `2 × radius` characters when the query is
 * not in it. The reader search computes the same in SQL (search-published.ts), so
 * that only the excerpt, not a whole story, comes from the database (excerptWindow).
 */
export function snippetBounds(text: string, query: string, radius = SNIPPET_RADIUS): { start: number; end: number; matched: boolean } {
  const needle = query.toLowerCase();
  const at = needle ? text.toLowerCase().indexOf(needle) : -1;
  if (at < 0) return { start: 0, end: Math.min(text.length, radius * 2), matched: false };
  return { start: Math.max(0, at - radius), end: Math.min(text.length, at + needle.length + radius), matched: true };
}

/**
 * The excerpt of `length` characters in a window cut with one character more, and
 * whether the text goes on after it (that character is there).
 */
export function excerptWindow(window: string | null, length: number): { excerpt: string; cutAfter: boolean } {
  const characters = [...(window ?? '')];
  return { excerpt: characters.slice(0, length).join(''), cutAfter: characters.length > length };
}

/**
 * An excerpt cut out of a longer text, split into matched and plain parts, with
 * "…" where the text goes on before or after it.
 */
export function snippetFromExcerpt(excerpt: string, query: string, { cutBefore, cutAfter, matched }: { cutBefore: boolean; cutAfter: boolean; matched: boolean }): SnippetPart[] {
  const needle = query.toLowerCase();
  if (!matched || !needle) return [{ text: excerpt + (cutAfter ? '…' : ''), match: false }];
  const parts: SnippetPart[] = [];
  let cursor = 0;
  const lower = excerpt.toLowerCase();
  for (let found = lower.indexOf(needle); found >= 0; found = lower.indexOf(needle, found + needle.length)) {
    if (found > cursor) parts.push({ text: excerpt.slice(cursor, found), match: false });
    parts.push({ text: excerpt.slice(found, found + needle.length), match: true });
    cursor = found + needle.length;
  }
  if (cursor < excerpt.length) parts.push({ text: excerpt.slice(cursor), match: false });
  if (cutBefore) parts.unshift({ text: '…', match: false });
  if (cutAfter) parts.push({ text: '…', match: false });
  return parts;
}

/** About `radius` characters either side of the first match, split into matched and plain parts. */
export function searchSnippet(text: string, query: string, radius = SNIPPET_RADIUS): SnippetPart[] {
  const { start, end, matched } = snippetBounds(text, query, radius);
  return snippetFromExcerpt(text.slice(start, end), query, { cutBefore: start > 0, cutAfter: end < text.length, matched });
}
