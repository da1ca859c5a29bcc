import { describe, expect, it } from 'vitest';
import { checkedStorageKey, checkedStoragePrefix, storageKeyProblem } from './storage-key';

describe('storage keys', () => {
  it('accepts the keys the app makes', () => {
    for (const key of ['abc123/960.webp', 'n0123456789abcdef01234567/original.png', 'issue/page-2.pdf', 'a']) {
      expect(storageKeyProblem(key)).toBeNull();
    }
  });

  it('refuses keys that could leave their store or be folded away', () => {
    for (const key of ['', '../x', 'a/../b', 'a/./b', './a', '/etc/passwd', 'a//b', 'a/', 'a\\b', '..', 'a/b\n', '%2e%2e/x', 'a b', '.hidden', 'x'.repeat(901)]) {
      expect(storageKeyProblem(key), key).not.toBeNull();
      expect(() => checkedStorageKey(key)).toThrow(/Bad storage key/);
    }
  });

  it('makes a prefix folder-like', () => {
    expect(checkedStoragePrefix('abc')).toBe('abc/');
    expect(checkedStoragePrefix('abc/')).toBe('abc/');
    expect(() => checkedStoragePrefix('')).toThrow();
    expect(() => checkedStoragePrefix('../')).toThrow();
  });
});
