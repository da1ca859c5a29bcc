// Pasted HTML from Word, WPS or a web page, reduced to structure before the
// editor's schema parses it: paragraphs, headings, bold/italic, lists, links and
// quotes stay; styles, classes, fonts, Office namespaces (mso-*, <o:p>),
// comments and conditional comments, spans and empty paragraphs go. The schema
// is still the allow-list; this pass keeps what the schema would misread
// (Word's paragraph "lists", bold written as a style) and drops the noise.

const DROP_WITH_CONTENT = 'style,script,meta,link,title,xml,template,iframe,object,embed,noscript,svg,math,img,picture,video,audio,canvas,form,input,button,select,textarea,head';
const KEEP_ATTRIBUTES: Record<string, string[]> = { A: ['href'] };
const BLOCKS_THAT_MAY_BE_EMPTY = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,div';
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/;
const ORDERED_MARKER = /^\s*(\(?[0-9０-９]+[.、)）]?|[(（]?[一二三四五六七八九十]+[、.)）]|[a-zA-Z][.)]|[ivxIVX]+[.)])/;

/** True for HTML that ProseMirror itself put on the clipboard (a copy inside the editor). */
const fromProseMirror = (html: string) => /data-pm-slice=/.test(html);

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): string {
  if (fromProseMirror(html)) return html;
  const source = html
    // Word's list markers live in <![if !supportLists]>…<![endif]>: kept aside to tell 1. from •, then dropped.
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, '<span data-list-marker>$1</span>')
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
  const doc = parser.parseFromString(source, 'text/html');
  const body = doc.body;

  removeComments(body);
  body.querySelectorAll(DROP_WITH_CONTENT).forEach((el) => el.remove());
  // Office namespaced tags (o:p, w:sdt, v:shape …) are not in the HTML vocabulary.
  [...body.querySelectorAll('*')].filter((el) => el.tagName.includes(':')).forEach((el) => (el.textContent?.trim() && !/^O:P$/i.test(el.tagName) ? unwrap(el) : el.remove()));

  groupWordLists(body);
  body.querySelectorAll('[data-list-marker]').forEach((el) => el.remove());
  styleToMarks(body);
  renameHeadings(body);
  unwrapAll(body, 'span,font,small,big,ins,del,abbr,acronym,label,section,article,header,footer,main,aside,nav,center,u');
  body.querySelectorAll('a').forEach((a) => (!a.getAttribute('href') ? unwrap(a) : undefined));
  body.querySelectorAll('b,strong').forEach((el) => (/font-weight\s*:\s*(normal|400)/i.test(el.getAttribute('style') ?? '') ? unwrap(el) : undefined));
  stripAttributes(body);
  removeEmptyBlocks(body);
  trimIndents(body);
  return body.innerHTML.trim();
}

function removeComments(root: Node) {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

function unwrap(el: Element) {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

function unwrapAll(root: Element, selector: string) {
  // Deepest first, so unwrapping a parent never orphans a match.
  [...root.querySelectorAll(selector)].reverse().forEach(unwrap);
}

/** Word writes each list item as <p class=MsoListParagraph style="mso-list:l0 level1 lfo1">. */
function groupWordLists(body: HTMLElement) {
  const isListParagraph = (el: Element | null): el is HTMLElement =>
    !!el && el.tagName === 'P' && (/mso-list\s*:/i.test(el.getAttribute('style') ?? '') || /MsoListParagraph/i.test(el.getAttribute('class') ?? ''));
  for (const first of [...body.querySelectorAll('p')]) {
    if (!first.isConnected || !isListParagraph(first) || isListParagraph(first.previousElementSibling)) continue;
    const items: HTMLElement[] = [];
    for (let el: Element | null = first; isListParagraph(el); el = el.nextElementSibling) items.push(el);
    const marker = items[0].querySelector('[data-list-marker]')?.textContent ?? items[0].querySelector('[style*="mso-list"]')?.textContent ?? '';
    const list = body.ownerDocument.createElement(ORDERED_MARKER.test(marker) ? 'ol' : 'ul');
    first.before(list);
    for (const item of items) {
      item.querySelectorAll('[data-list-marker],[style*="mso-list:Ignore"],[style*="mso-list: Ignore"]').forEach((el) => el.remove());
      const li = body.ownerDocument.createElement('li');
      const p = body.ownerDocument.createElement('p');
      while (item.firstChild) p.appendChild(item.firstChild);
      li.appendChild(p);
      list.appendChild(li);
      item.remove();
    }
  }
}

/** Bold and italic written as styles (Word, WPS, Google Docs) become <strong>/<em> before styles go. */
function styleToMarks(body: HTMLElement) {
  for (const el of [...body.querySelectorAll('span,font,p,div,li,td')] as HTMLElement[]) {
    const style = el.getAttribute('style') ?? '';
    const bold = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style);
    const italic = /font-style\s*:\s*italic/i.test(style);
    for (const [on, tag] of [[bold, 'strong'], [italic, 'em']] as const) {
      if (!on || !el.textContent?.trim()) continue;
      const wrapper = body.ownerDocument.createElement(tag);
      while (el.firstChild) wrapper.appendChild(el.firstChild);
      el.appendChild(wrapper);
    }
  }
}

/** A story's own subheads are h3/h4 (the headline is a separate field). */
function renameHeadings(body: HTMLElement) {
  for (const heading of [...body.querySelectorAll('h1,h2,h5,h6')]) {
    const h = body.ownerDocument.createElement(/^H[12]$/.test(heading.tagName) ? 'h3' : 'h4');
    while (heading.firstChild) h.appendChild(heading.firstChild);
    heading.replaceWith(h);
  }
}

function stripAttributes(body: HTMLElement) {
  for (const el of body.querySelectorAll('*')) {
    const keep = KEEP_ATTRIBUTES[el.tagName] ?? [];
    for (const name of el.getAttributeNames()) if (!keep.includes(name.toLowerCase())) el.removeAttribute(name);
  }
}

function removeEmptyBlocks(body: HTMLElement) {
  for (const el of [...body.querySelectorAll(BLOCKS_THAT_MAY_BE_EMPTY)].reverse()) {
    if (BLANK.test(el.textContent ?? '')) el.remove();
  }
  body.querySelectorAll('ul,ol').forEach((list) => (!list.querySelector('li') ? list.remove() : undefined));
}

/** Leading full-width spaces typed as a first-line indent: the story style indents paragraphs itself. */
function trimIndents(body: HTMLElement) {
  for (const p of body.querySelectorAll('p')) {
    for (const text of textNodes(p)) {
      text.nodeValue = (text.nodeValue ?? '').replace(/^[\s\u00a0\u3000]+/, '');
      if (text.nodeValue) break;
    }
  }
}

function textNodes(node: Node): Text[] {
  const out: Text[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child as Text);
    else out.push(...textNodes(child));
  }
  return out;
}
