import { describe, expect, it } from 'vitest';
import { containsPattern } from './like-pattern';

describe('LIKE patterns', () => {
  it('wraps a plain term in wildcards', () => {
    expect(containsPattern('电梯')).toBe('%电梯%');
  });
  it('escapes the wildcards and the escape character itself', () => {
    expect(containsPattern('5%_a\\b')).toBe('%5\\%\\_a\\\\b%');
  });
});
