import { describe, expect, it } from 'vitest';
import { createArticleSchema } from './article';

const fields = { headline: '河畔新绿', body: '' };

describe('the story schema', () => {
  it('drops NUL characters from the body, which PostgreSQL cannot store', () => {
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'java\u0000script:河畔' }] }] });
    const parsed = createArticleSchema.parse({ ...fields, body });
    expect(JSON.stringify(parsed.body)).not.toContain('\\u0000');
    expect(parsed.body.content?.[0].content?.[0].text).toBe('javascript:河畔');
  });

  it('keeps figures with their caption and credit and drops unknown attributes', () => {
    const body = JSON.stringify({ type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'cm0abcdefghijk', width: 1600, height: 900, caption: '春日河畔', credit: '特约摄影 宋知行摄', src: 'javascript:alert(1)' } }] });
    const parsed = createArticleSchema.parse({ ...fields, body });
    expect(parsed.body.content?.[0]).toEqual({ type: 'figure', attrs: { mediaId: 'cm0abcdefghijk', width: 1600, height: 900, caption: '春日河畔', credit: '特约摄影 宋知行摄' } });
  });
});
