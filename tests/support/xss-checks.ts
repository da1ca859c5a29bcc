// Finds what would let hostile content run in a rendered page or fragment.
// Self-contained (no outside references) so Playwright can run it in the page
// with page.evaluate, and vitest on a parsed (inert) document.

export function findXssHoles(root: ParentNode): string[] {
  const holes: string[] = [];
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'codebase', 'dynsrc', 'lowsrc'];
  const FORBIDDEN = ['IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'FRAMESET', 'APPLET', 'BASE', 'PORTAL'];
  const dangerousUrl = (value: string) => /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  const describe = (el: Element) => el.outerHTML.slice(0, 160);
  // React puts this on forms bound to server actions, so a stray native submit fails loudly.
  const REACT_ACTION_GUARD = "javascript:throw new Error('A React form was unexpectedly submitted.";

  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (FORBIDDEN.includes(tag)) holes.push(`forbidden element: ${describe(el)}`);
    if (tag === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) holes.push(`meta refresh: ${describe(el)}`);
    if (tag === 'SCRIPT') {
      const src = el.getAttribute('src');
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const text = el.textContent ?? '';
      if (src !== null && !/^\/_next\//.test(src)) holes.push(`script from elsewhere: ${describe(el)}`);
      // Next's inline flight data carries story text as escaped data; anything else mentioning the flag ran from a payload.
      const isFlightData = /^\s*\(?self\.__next_f/.test(text);
      if (src === null && type !== 'application/ld+json' && !isFlightData && /__xss|alert\(/.test(text)) holes.push(`injected script: ${describe(el)}`);
    }
    if (tag === 'STYLE' && /expression\s*\(|javascript:|__xss|@import/i.test(el.textContent ?? '')) holes.push(`injected style: ${describe(el)}`);
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) holes.push(`event handler ${name}: ${describe(el)}`);
      const reactGuard = (lower === 'action' || lower === 'formaction') && value.startsWith(REACT_ACTION_GUARD);
      if (URL_ATTRIBUTES.includes(lower) && dangerousUrl(value) && !reactGuard) holes.push(`${name} URL: ${describe(el)}`);
      if (lower === 'srcset' && value.split(',').some((part) => dangerousUrl(part.trim()))) holes.push(`srcset URL: ${describe(el)}`);
      if (lower === 'style' && /expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|url\s*\(/i.test(value)) holes.push(`style: ${describe(el)}`);
      if (lower === 'srcdoc') holes.push(`srcdoc: ${describe(el)}`);
    }
  }
  return holes;
}
