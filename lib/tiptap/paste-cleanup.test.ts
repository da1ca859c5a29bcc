// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import { bodyExtensions } from './extensions';
import { bodyPlainText } from './body';
import { cleanPastedHtml } from './paste-cleanup';
import { WEB_HTML, WORD_HTML, WPS_HTML } from '@/tests/fixtures/paste-samples';

const schema = getSchema(bodyExtensions);

/** What the editor would insert: the cleaned HTML parsed by the story schema. */
function paste(html: string): { cleaned: string; doc: JSONContent; text: string } {
  const cleaned = cleanPastedHtml(html);
  const container = document.createElement('div');
  container.innerHTML = cleaned;
  const doc = PMDOMParser.fromSchema(schema).parse(container).toJSON() as JSONContent;
  return { cleaned, doc, text: bodyPlainText(doc) };
}

const types = (doc: JSONContent) => (doc.content ?? []).map((n) => n.type);
const marked = (doc: JSONContent, mark: string) => {
  const out: string[] = [];
  const walk = (n: JSONContent) => {
    if (n.type === 'text' && n.marks?.some((m) => m.type === mark)) out.push(n.text!);
    n.content?.forEach(walk);
  };
  walk(doc);
  return out.join('');
};

const FOREIGN = [/mso-/i, /class=/i, /style=/i, /<span/i, /<font/i, /<o:p/i, /<!--/, /\[if/i, /lang=/i, /<xml/i, /<style/i, /<meta/i, /等线|宋体|仿宋|Calibri/];

describe('pasting from Word', () => {
  const { cleaned, doc, text } = paste(WORD_HTML);

  it('drops Office styles, classes, fonts, namespaces and comments', () => {
    for (const pattern of FOREIGN) expect(cleaned, String(pattern)).not.toMatch(pattern);
  });

  it('keeps heading, paragraphs, bold, italic, link and the numbered list', () => {
    expect(types(doc)).toEqual(['heading', 'paragraph', 'paragraph', 'orderedList']);
    expect(doc.content![0]).toMatchObject({ attrs: { level: 3 }, content: [{ text: '滨河步道全线贯通' }] });
    expect(marked(doc, 'bold')).toBe('全长6.4公里');
    expect(marked(doc, 'italic')).toBe('老槐树');
    expect(JSON.stringify(doc)).toContain('"href":"https://example.org/riverside"');
    const items = doc.content![3].content!.map((li) => bodyPlainText(li));
    expect(items).toEqual(['早六点至晚十点开放；', '禁止电动车驶入。']);
  });

  it('keeps full-width punctuation as typed and drops the typed indent and empty paragraphs', () => {
    expect(text).toContain('本报讯　经过八个月施工，滨河步道西段昨日起向市民开放。');
    expect(text).toContain('“我们保留了沿岸的老槐树，步道为树让路。”');
    expect(text.split('\n').every((line) => line.trim().length > 0)).toBe(true);
    expect(text).not.toMatch(/^　/m);
  });
});

describe('pasting from WPS', () => {
  const { cleaned, doc, text } = paste(WPS_HTML);

  it('drops WPS styles and fonts', () => {
    for (const pattern of FOREIGN) expect(cleaned, String(pattern)).not.toMatch(pattern);
  });

  it('turns styled bold and italic into marks and h2 into a subhead', () => {
    expect(types(doc)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(marked(doc, 'bold')).toBe('午餐十二元两荤一素');
    expect(marked(doc, 'italic')).toBe('（本报记者 张晓岚）');
    expect(doc.content![2]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(text).toContain('社区食堂开张第一周，每天接待老人三百余人次。午餐十二元两荤一素，八十岁以上老人再减三元。');
    expect(text).toContain('“饭菜软烂，适合我们牙口。”家住望河里的刘阿姨说。');
  });
});

describe('pasting from a web page', () => {
  const { cleaned, doc, text } = paste(WEB_HTML);

  it('keeps quote, list, link and bold; drops images, scripts, handlers and classes', () => {
    expect(types(doc)).toEqual(['heading', 'paragraph', 'blockquote', 'bulletList', 'paragraph']);
    expect(marked(doc, 'bold')).toBe('望河夜市');
    expect(marked(doc, 'italic')).toBe('周一休市');
    expect(cleaned).not.toMatch(/<img|<script|onerror|onclick|target=|class=|style=|data-v-/i);
    const link = JSON.stringify(doc);
    expect(link).toContain('"href":"https://example.org/night-market?from=share"');
    expect(link).not.toContain('alert');
    expect(text).toContain('营业时间：18:00—23:00');
  });
});

describe('copy and paste inside the editor', () => {
  it('leaves ProseMirror clipboard HTML alone so figures and context survive', () => {
    const html = '<figure data-pm-slice="0 0 []" data-media-id="abc12345" data-width="800"><span class="figure-caption">说明</span></figure>';
    expect(cleanPastedHtml(html)).toBe(html);
  });
});
