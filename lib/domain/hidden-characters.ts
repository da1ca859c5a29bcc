// Characters that change how text is shown without being seen: the bidirectional
// embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069) can make a
// headline read differently from what is stored ("Trojan Source"), and lone UTF-16
// surrogates are not text at all (PostgreSQL and JSON consumers choke on them).
// Chinese print has no use for either.

const HIDDEN = /[\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_ALL, '');
}
