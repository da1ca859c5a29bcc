import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('wants at least ten characters, counting a Chinese character as one', () => {
    expect(passwordProblem('short-pw9')).toBe('passwordTooShort');
    expect(passwordProblem('望河报编辑部二〇二六')).toBeNull();
    expect(passwordProblem('望河报编辑部二〇二')).toBe('passwordTooShort');
    expect(passwordProblem('x'.repeat(201))).toBe('passwordTooLong');
  });

  it('refuses the account’s own email, or the part before the @, in any case', () => {
    expect(passwordProblem('zhou.mingyuan@wanghe.cn', { email: 'zhou.mingyuan@wanghe.cn' })).toBe('passwordIsEmail');
    expect(passwordProblem('Zhou.Mingyuan', { email: 'zhou.mingyuan@wanghe.cn' })).toBe('passwordIsEmail');
    expect(passwordProblem('zhou.mingyuan-1954', { email: 'zhou.mingyuan@wanghe.cn' })).toBeNull();
  });

  it('refuses passwords everyone tries first, and one character repeated', () => {
    for (const common of ['1234567890', 'woaini1314', 'Password123', '1qaz2wsx3edc', 'QWERTYUIOP', 'masthead-demo', 'aaaaaaaaaa', '8888888888'])
      expect(passwordProblem(common), common).toBe('passwordTooCommon');
  });

  it('accepts a long password of the staff member’s own', () => {
    expect(passwordProblem('湿地公园 at dawn 1987', { email: 'reporter@masthead.local' })).toBeNull();
  });
});
