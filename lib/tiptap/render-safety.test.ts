// The server renderer shows stored bodies to readers: hostile content must come
// out inert. (The full XSS corpus belongs to the article desk's tests.)
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import { parseBody } from './body';
import { bodyExtensions } from './extensions';

function render(doc: unknown): string {
  const parsed = parseBody(doc);
  if (!parsed) return '';
  return renderToStaticMarkup(renderToReactElement({ content: parsed, extensions: bodyExtensions }));
}

const paragraph = (content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('rendering stored bodies', () => {
  it('escapes markup typed as text', () => {
    const html = render(paragraph([{ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' }]));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links but keeps http links', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const html = render(paragraph([{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }]));
      expect(html, href).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    }
    const safe = render(paragraph([{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] }]));
    expect(safe).toContain('href="https://example.org/a"');
  });

  it('ignores attributes the schema does not define', () => {
    const html = render({ type: 'doc', content: [{ type: 'paragraph', attrs: { style: 'background:url(javascript:x)', onclick: 'x' }, content: [{ type: 'text', text: 'x' }] }] });
    expect(html).toBe('<p>x</p>');
  });
});
