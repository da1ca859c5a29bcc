import { describe, expect, it } from 'vitest';
import { bodyFromParagraphs, bodyPlainText, parseBody } from './body';

describe('story body', () => {
  it('accepts a document of known nodes and marks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '小标题' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '正文', marks: [{ type: 'bold' }] }] },
      ],
    };
    expect(parseBody(doc)).toMatchObject(doc);
  });

  it('refuses unknown nodes, marks and shapes', () => {
    expect(parseBody({ type: 'doc', content: [{ type: 'script', text: 'x' }] })).toBeNull();
    expect(parseBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'iframe' }] }] }] })).toBeNull();
    expect(parseBody({ type: 'paragraph' })).toBeNull();
    expect(parseBody('<p>x</p>')).toBeNull();
    expect(parseBody(null)).toBeNull();
  });

  it('drops attributes the schema does not know', () => {
    const parsed = parseBody({ type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [{ type: 'text', text: 'x' }] }] });
    expect(JSON.stringify(parsed)).not.toContain('onclick');
  });

  it('derives plain text one paragraph a line', () => {
    expect(bodyPlainText(bodyFromParagraphs(['第一段。', '', '第二段。']))).toBe('第一段。\n第二段。');
  });
});

describe('comment marks', () => {
  it('keep their id through the schema, and are stripped for readers', async () => {
    const { withoutComments, anchoredCommentIds } = await import('./comment-mark');
    const doc = parseBody({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '待核实', marks: [{ type: 'comment', attrs: { commentId: 'c1abc' } }, { type: 'bold' }] }] }],
    })!;
    expect([...anchoredCommentIds(doc)]).toEqual(['c1abc']);
    expect(JSON.stringify(withoutComments(doc))).not.toContain('comment');
    expect(JSON.stringify(withoutComments(doc))).toContain('bold');
  });
});
