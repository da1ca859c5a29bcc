import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape';

describe('escapeHtml', () => {
  it('escapes markup and quotes, keeps Chinese and full-width punctuation', () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(escapeHtml('河畔“新绿”：春来早，')).toBe('河畔“新绿”：春来早，');
  });
});
