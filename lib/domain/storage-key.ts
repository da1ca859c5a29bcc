// The keys files are stored under (in a folder or an S3 bucket): relative,
// slash-separated paths such as `<mediaId>/960.webp`. A key that could name
// something outside its store — `..`, an absolute path, a backslash, an empty
// or `.` segment (which a URL or a file system would fold away), control
// characters — is refused, whatever the back end.

/** S3 allows 1024 bytes per key; the store name and a slash go in front. */
export const MAX_KEY_BYTES = 900;

const SEGMENT = /^[A-Za-z0-9_\-][A-Za-z0-9_.\-]*$/;

/** Why `key` is refused, or null when it is a sound key. */
export function storageKeyProblem(key: string): string | null {
  if (!key) return 'empty key';
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) return 'key too long';
  const segments = key.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return `bad segment "${segment}"`;
    if (!SEGMENT.test(segment)) return `bad characters in "${segment}"`;
  }
  return null;
}

/** `key` when it is sound; throws otherwise (a caller's bug, never a person's input). */
export function checkedStorageKey(key: string): string {
  const problem = storageKeyProblem(key);
  if (problem) throw new Error(`Bad storage key ${JSON.stringify(key)}: ${problem}`);
  return key;
}

/**
 * A prefix for deletePrefix: a folder-like key ending in `/` (`<mediaId>/`);
 * a prefix without the slash gets one, so `abc` never reaches `abcd/…`.
 */
export function checkedStoragePrefix(prefix: string): string {
  return `${checkedStorageKey(prefix.replace(/\/$/, ''))}/`;
}
