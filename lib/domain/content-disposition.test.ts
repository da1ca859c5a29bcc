import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives the Chinese name as RFC 5987 filename* and an ASCII filename beside it', () => {
    const header = attachmentDisposition({ fileName: '望河报-第1203期-第02版.pdf', asciiFileName: 'wanghe-1203-02.pdf' });
    expect(header).toBe(`attachment; filename="wanghe-1203-02.pdf"; filename*=UTF-8''%E6%9C%9B%E6%B2%B3%E6%8A%A5-%E7%AC%AC1203%E6%9C%9F-%E7%AC%AC02%E7%89%88.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('望河报-第1203期-第02版.pdf');
  });

  it('escapes what RFC 5987 does not allow bare, and keeps quotes out of the ASCII name', () => {
    const header = attachmentDisposition({ fileName: "报(增刊)'*.pdf", asciiFileName: 'a"b\\c报.pdf' });
    expect(header).toContain(`filename="a_b_c_.pdf"`);
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(header).toContain('%28%E5%A2%9E%E5%88%8A%29%27%2A.pdf');
  });
});
