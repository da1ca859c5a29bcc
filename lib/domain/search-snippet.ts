// Search over Chinese text: substring matching (Chinese has no spaces between
// words, so a two-character word is matched anywhere), and a short excerpt
// around the first match for the results list.

/** Escapes LIKE wildcards so a query is matched literally. */
export function escapeLike(query: string): string {
  return query.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export type SnippetPart = { text: string; match: boolean };

/** About `radius` characters either side of the first match, split into matched and plain parts. */
export function searchSnippet(text: string, query: string, radius = 40): SnippetPart[] {
  const needle = query.toLowerCase();
  const haystack = text.toLowerCase();
  const at = needle ? haystack.indexOf(needle) : -1;
  if (at < 0) return [{ text: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : ''), match: false }];
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  const excerpt = text.slice(start, end);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  const lower = excerpt.toLowerCase();
  for (let found = lower.indexOf(needle); found >= 0; found = lower.indexOf(needle, found + needle.length)) {
    if (found > cursor) parts.push({ text: excerpt.slice(cursor, found), match: false });
    parts.push({ text: excerpt.slice(found, found + needle.length), match: true });
    cursor = found + needle.length;
  }
  if (cursor < excerpt.length) parts.push({ text: excerpt.slice(cursor), match: false });
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
