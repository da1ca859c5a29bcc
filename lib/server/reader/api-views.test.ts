import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../issue/issue-view';
import { storyJson } from './api-views';

const body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '河畔新绿，' },
        { type: 'text', text: '待核实：三百余株', marks: [{ type: 'comment', attrs: { commentId: 'c1abcdefghijk' } }, { type: 'bold' }] },
        { type: 'text', text: '樱花', marks: [{ type: 'comment', attrs: { commentId: 'c2abcdefghijk' } }] },
      ],
    },
  ],
};

const article = {
  id: 'cm0story000001',
  columnLabel: null,
  kicker: null,
  headline: '滨河公园樱花进入盛花期',
  subheadline: null,
  namesLine: null,
  dateline: '本报讯',
  bylines: [{ name: '周明远' }],
  source: null,
  credits: null,
  corrections: [],
  body,
} as unknown as ArticleView;

describe('the public JSON API story', () => {
  it('carries no editors’ comment marks, and keeps the text and other marks', () => {
    const json = storyJson('wanghe', 1203, 1, article, true);
    const text = JSON.stringify(json);
    expect(text).not.toContain('comment');
    expect(text).not.toContain('c1abcdefghijk');
    expect(json.body?.content?.[0].content?.map((node) => node.text).join('')).toBe('河畔新绿，待核实：三百余株樱花');
    expect(json.body?.content?.[0].content?.[1].marks).toEqual([{ type: 'bold' }]);
    expect(json.body?.content?.[0].content?.[2].marks).toBeUndefined();
  });

  it('sends no body at all when not asked for one', () => {
    expect(storyJson('wanghe', 1203, 1, article, false)).not.toHaveProperty('body');
  });
});
