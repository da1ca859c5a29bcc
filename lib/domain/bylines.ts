// How a story's 电头, byline and 署名 are printed. The paper's own form wins: what
// the writer typed as the paper prints it is printed as typed, and only what was
// left out is added in the house form (the title 记者, full-width brackets). The
// printed pages in ../shared/seeds are the fixtures (bylines.test.ts):
//   本报讯（记者张雯 王健伟）…   本报讯(记者侯建宁)…   本报讯 4月25日…
//   （侯建宁 马宇晗 …）at the end   特约摄影 李冬摄 under a photo

/** What stands before a reporter's name in a byline, longest first. */
export const BYLINE_TITLES = ['特约记者', '实习记者', '见习记者', '摄影记者', '本报记者', '融媒记者', '通讯员', '实习生', '记者'];

const OPENING = /^[（(]/u;
const CLOSING = /[）)]$/u;

const titleOf = (token: string) => BYLINE_TITLES.find((title) => token.startsWith(title)) ?? null;

/**
 * The byline as printed after the 电头, from the tokens of the 记者 field as typed
 * (split at spaces and 、): `张雯 王健伟` → `（记者张雯 王健伟）`; a title typed stays
 * where and how it was typed (`记者 陶涛` → `（记者 陶涛）`, `通讯员李明` →
 * `（通讯员李明）`); brackets typed are the paper's (`(记者 陶涛)` as is). '' for none.
 */
export function bylineText(tokens: string[]): string {
  if (tokens.length === 0) return '';
  const typed = tokens.join(' ');
  const bracketed = OPENING.test(typed) && CLOSING.test(typed);
  const inner = bracketed ? typed.slice(1, -1) : typed;
  const withTitle = titleOf(inner.trimStart()) ? inner : `记者${inner}`;
  return bracketed ? `${typed[0]}${withTitle}${typed.at(-1)}` : `（${withTitle}）`;
}

/** `本报讯（记者张雯 王健伟）`, `本报讯`, or null: the 电头 with its byline, as a heading shows it. */
export function datelineWithByline(dateline: string | null, tokens: string[]): string | null {
  if (!dateline && tokens.length === 0) return null;
  return `${dateline ?? ''}${bylineText(tokens)}`;
}

/**
 * The 电头 as it runs into the first paragraph: a byline's closing bracket meets the
 * text (`本报讯（记者董文辉）3月7日`), a bare 电头 is followed by a space
 * (`本报讯 3月6日下午`), as the paper prints them.
 */
export function datelineRunIn(dateline: string | null, tokens: string[]): string | null {
  const line = datelineWithByline(dateline, tokens);
  if (!line) return null;
  return tokens.length === 0 && !/\s$/u.test(line) ? `${line} ` : line;
}

/** The reporters' names alone, for staff links, feeds and the API: brackets and titles dropped. */
export function reporterNames(tokens: string[]): string[] {
  return tokens
    .map((token) => {
      const bare = token.replace(OPENING, '').replace(CLOSING, '');
      const title = titleOf(bare);
      return title ? bare.slice(title.length) : bare;
    })
    .filter(Boolean);
}

/** A title, a photo or text credit or a slash: the credit is in the paper's own form. */
const CREDIT_IN_OWN_FORM = new RegExp(`[/／]|摄|${[...BYLINE_TITLES, '特约摄影', '摄影', '编辑', '制图', '供图', '图片', '文字'].join('|')}`, 'u');

/**
 * The 署名 at a story's end: printed as typed when it is in the paper's own form,
 * bracketed or not (`（侯建宁 马宇晗）`, `记者 王倚剑/文`, `特约摄影 李冬摄`); a bare
 * list of names gets the brackets 朝阳报 closes its stories with (`侯建宁 马宇晗` →
 * `（侯建宁 马宇晗）`).
 */
export function creditsLine(credits: string): string {
  const typed = credits.trim();
  if ((OPENING.test(typed) && CLOSING.test(typed)) || CREDIT_IN_OWN_FORM.test(typed)) return typed;
  return `（${typed}）`;
}
