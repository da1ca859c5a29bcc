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

describe('hidden characters and heading levels', () => {
  const bodyWith = (content: unknown[]) => JSON.stringify({ type: 'doc', content });
  const issuesOf = (input: Record<string, unknown>) => {
    const parsed = createArticleSchema.safeParse({ ...fields, body: bodyWith([{ type: 'paragraph' }]), ...input });
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
  };

  it('refuses text-direction overrides and lone surrogates in the story’s fields', () => {
    for (const sneaky of ['\u202e', '\u202a', '\u202d', '\u2066', '\u2067', '\u2069', '\ud800', '\udfff']) {
      expect(issuesOf({ headline: `河畔${sneaky}新绿` }), JSON.stringify(sneaky)).toEqual(['headline:hiddenCharacters']);
      expect(issuesOf({ kicker: `引题${sneaky}` }), JSON.stringify(sneaky)).toEqual(['kicker:hiddenCharacters']);
      expect(issuesOf({ bylines: `周明远${sneaky}` }), JSON.stringify(sneaky)).toEqual(['bylines:hiddenCharacters']);
    }
    // A character outside the BMP is a surrogate pair, not a lone one.
    expect(issuesOf({ headline: '𠀀村新貌' })).toEqual([]);
  });

  it('drops them from the body, which the writer cannot see to delete', () => {
    const parsed = createArticleSchema.parse({ ...fields, body: bodyWith([{ type: 'paragraph', content: [{ type: 'text', text: '河\u202e畔\u2066新\ud800绿' }] }]) });
    expect(parsed.body.content?.[0].content?.[0].text).toBe('河畔新绿');
  });

  it('takes only the subhead levels the editor offers', () => {
    const heading = (level: number) => bodyWith([{ type: 'heading', attrs: { level }, content: [{ type: 'text', text: '小标题' }] }]);
    expect(issuesOf({ body: heading(3) })).toEqual([]);
    expect(issuesOf({ body: heading(4) })).toEqual([]);
    for (const level of [1, 2, 5, 6, 99]) expect(issuesOf({ body: heading(level) }), String(level)).toEqual(['body:bodyHeadingLevel']);
  });
});
