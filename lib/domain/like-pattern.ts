// Search terms typed by people go into SQL LIKE patterns, where % and _ are
// wildcards: a search for "5%" must find "5%", not everything starting with 5.

/** `term` as a LIKE pattern matching it anywhere, to be used with `ESCAPE '\'`. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
