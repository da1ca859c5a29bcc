// @vitest-environment happy-dom
// Every payload of the corpus, in every place a story can carry it, through
// the same code the app renders with: nothing may come out able to run.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import { Story } from '@/components/newspaper/story';
import type { ArticleView } from '@/lib/server/issue/issue-view';
import { XSS_PAYLOADS, XSS_URLS } from '@/tests/fixtures/xss-payloads';
import { findXssHoles } from '@/tests/support/xss-checks';
import { parseBody } from './body';
import { bodyExtensions } from './extensions';
import { cleanPastedHtml } from './paste-cleanup';
import { renderBody } from './render-body';

const BODY_TAGS = new Set(['P', 'H3', 'H4', 'STRONG', 'EM', 'S', 'A', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'HR', 'BR', 'FIGURE', 'PICTURE', 'SOURCE', 'IMG', 'FIGCAPTION', 'SPAN', 'DIV']);
const schema = getSchema(bodyExtensions);

/** Parsed without a browsing context (nothing in it can run), then checked. */
function holesIn(html: string, { strictBody }: { strictBody: boolean }): string[] {
  const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  const root = doc.getElementById('root')!;
  const holes = findXssHoles(root);
  for (const el of root.querySelectorAll('*')) {
    if (!strictBody) continue;
    if (!BODY_TAGS.has(el.tagName)) holes.push(`tag outside the allow-list: ${el.tagName}`);
    if (el.hasAttribute('style')) holes.push('style attribute');
    const href = el.getAttribute('href');
    // An empty href (what the link mark leaves of a refused URL) goes nowhere.
    if (href !== null && href !== "" && !/^(https?:|mailto:)/i.test(href)) holes.push(`href: ${href}`);
    for (const name of ['src', 'srcset']) {
      const value = el.getAttribute(name);
      if (value !== null && !value.split(',').every((part) => part.trim().startsWith('/media/'))) holes.push(`${name}: ${value}`);
    }
  }
  return holes;
}

const renderDoc = (doc: unknown) => {
  const parsed = parseBody(doc);
  return parsed ? renderToStaticMarkup(createElement('div', null, renderBody(parsed))) : '';
};

/** The payload everywhere a stored TipTap document can hold a string. */
function hostileDoc(p: string): JSONContent {
  return {
    type: 'doc',
    attrs: { onload: p },
    content: [
      { type: 'paragraph', attrs: { style: p, class: p, onclick: p }, content: [{ type: 'text', text: p }] },
      { type: 'heading', attrs: { level: p }, content: [{ type: 'text', text: p, marks: [{ type: 'bold', attrs: { style: p } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: '链接', marks: [{ type: 'link', attrs: { href: p, target: p, rel: p, class: p, onclick: p } }] }] },
      { type: 'figure', attrs: { mediaId: p, width: 1200, height: 800, caption: p, credit: p, src: p, srcset: p, onerror: p } },
      { type: 'figure', attrs: { mediaId: 'cm0abcdefghijk', width: p, height: p, caption: p, credit: p } },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: p, marks: [{ type: 'italic' }, { type: 'strike' }] }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: p }] }] }] },
    ],
  };
}

const article = (p: string): ArticleView =>
  ({
    id: 'x',
    columnLabel: p,
    kicker: p,
    headline: p,
    subheadline: p,
    namesLine: p,
    dateline: p,
    source: p,
    credits: p,
    body: hostileDoc(p),
    bylines: [{ name: p }, { name: '周明远' }],
    corrections: [{ note: p, createdAt: new Date('2026-03-01T02:00:00Z') }],
  }) as unknown as ArticleView;

describe('the XSS corpus', () => {
  it('has at least 100 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });
});

describe('the checker', () => {
  it('finds what the renderer must never emit', () => {
    for (const raw of ['<img src=x onerror="window.__xss=1">', '<a href=" javascript:x">a</a>', '<iframe src="/"></iframe>', '<script>window.__xss=1</script>', '<div style="background:url(javascript:x)"></div>', '<img srcset="data:text/html,x 1x">', '<meta http-equiv="refresh" content="0">']) {
      expect(holesIn(raw, { strictBody: false }), raw).not.toEqual([]);
    }
    expect(holesIn('<p>x</p><script>x</script>', { strictBody: true })).toContain('tag outside the allow-list: SCRIPT');
  });
});

describe('stored bodies render inert', () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))('%s', (p) => {
    const html = renderDoc(hostileDoc(p));
    expect(html, 'the hostile document still renders').toContain('链接');
    expect(holesIn(html, { strictBody: true })).toEqual([]);
  });

  it.each(XSS_URLS.map((u) => [u]))('link href and image source %s', (url) => {
    const html = renderDoc({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: url } }] }] },
        { type: 'figure', attrs: { mediaId: url, src: url, width: 800 } },
      ],
    });
    expect(holesIn(html, { strictBody: true })).toEqual([]);
    expect(html).not.toMatch(/href="[^"]*(script|data):/i);
  });

  it('refuses whole documents with node types outside the schema', () => {
    for (const type of ['image', 'script', 'iframe', 'html', 'codeBlock']) {
      expect(parseBody({ type: 'doc', content: [{ type, attrs: { src: 'javascript:alert(1)' } }] })).toBeNull();
    }
  });
});

describe('pasted HTML stays inert', () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))('%s', (p) => {
    for (const html of [p, `<p>前文</p>${p}<p>后文</p>`, `<html><body><!--StartFragment--><p class=MsoNormal><span style='mso-bidi-font-family:宋体'>${p}</span></p><!--EndFragment--></body></html>`]) {
      for (const transformed of [cleanPastedHtml(html), html]) {
        const container = document.createElement('template');
        container.innerHTML = transformed;
        const json = PMDOMParser.fromSchema(schema).parse(container.content).toJSON();
        expect(holesIn(renderDoc(json), { strictBody: true })).toEqual([]);
      }
    }
  });
});

describe('every field of a story renders inert', () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))('%s', (p) => {
    const html = renderToStaticMarkup(createElement(Story, { article: article(p) }));
    expect(holesIn(html, { strictBody: false })).toEqual([]);
  });
});
