import { describe, expect, it } from 'vitest';
import { layoutIssue, pageChrome, type LayoutArticle, type LayoutPage } from './issue-layout';
import { DEFAULT_PAGE_FORMAT } from './page-format';
import { blockText } from './story-flow';

const text = Array.from({ length: 40 }, (_, i) => `第${i + 1}段，河畔新建的社区图书馆向居民开放，借阅人数逐月增长。`);
const story = (id: string, paragraphs: string[]): LayoutArticle => ({
  id,
  columnLabel: null,
  kicker: null,
  headline: '社区图书馆开放',
  subheadline: null,
  namesLine: null,
  dateline: '本报讯',
  bylines: [],
  body: { type: 'doc', content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) },
  source: null,
  credits: '周明远',
});
const slot = (id: string, placement: LayoutPage['slots'][number]['placement']) => ({ id, column: 5, row: 1, columns: 2, rows: 4, placement });

function issue(longStory: LayoutArticle, continuationPage: number) {
  const pages: LayoutPage[] = [
    { number: 1, slots: [slot('s1', { part: 1, article: longStory })] },
    { number: continuationPage, slots: [slot('s2', { part: 2, article: longStory })] },
  ];
  return layoutIssue({ format: DEFAULT_PAGE_FORMAT, pages, serviceStrip: null });
}

describe('laying out an issue', () => {
  it('flags a slot whose headings run past its foot, even when its text is short', () => {
    const crowded = { ...story('a', ['一句。']), kicker: '引题很长'.repeat(8), namesLine: '某某某出席 某某主持'.repeat(12) };
    const pages = [{ number: 2, slots: [{ id: 's', column: 1, row: 8, columns: 2, rows: 1, placement: { part: 1, article: crowded } }] }];
    const fit = layoutIssue({ format: DEFAULT_PAGE_FORMAT, pages, serviceStrip: null }).get('s')!;
    expect(fit.box.headingOverflowCells).toBeGreaterThan(0);
    expect(fit.overflows).toBe(true);
    expect(fit.over).toBeGreaterThan(0);
  });

  it('cuts a story that runs over at the slot’s end and says by how much', () => {
    const pages = [{ number: 2, slots: [slot('s', { part: 1, article: story('a', text) })] }];
    const fit = layoutIssue({ format: DEFAULT_PAGE_FORMAT, pages, serviceStrip: null }).get('s')!;
    expect(fit.overflows).toBe(true);
    expect(fit.over).toBeGreaterThan(0);
    const shown = fit.blocks.map(blockText).join('');
    expect(shown.length).toBeLessThan(text.join('').length);
    expect(fit.jump).toBeNull();
  });

  it('splits a jumped story by the first slot’s capacity, with generated jump lines', () => {
    const layout = issue(story('a', text), 4);
    const first = layout.get('s1')!;
    const second = layout.get('s2')!;
    expect(first.jump).toEqual({ direction: 'out', page: 4, line: '（下转四版）' });
    expect(blockText(first.blocks.at(-1)!)).toBe('（下转四版）');
    expect(blockText(second.blocks[0])).toBe('（上接一版）');
    expect(first.overflows).toBe(false);
    expect(first.over).toBeLessThanOrEqual(0);
    // Nothing lost or doubled: part 1 and part 2 are the whole story.
    const printed = [...first.blocks.slice(0, -1), ...second.blocks.slice(1)].map(blockText).join('');
    expect(printed).toBe(`本报讯 ${text.join('')}（周明远）`);
  });

  it('follows the pages: after a reorder the same placements read the new numbers', () => {
    const layout = issue(story('a', text), 3);
    expect(layout.get('s1')!.jump!.line).toBe('（下转三版）');
    expect(blockText(layout.get('s2')!.blocks[0])).toBe('（上接一版）');
  });

  it('keeps a story that fits whole in one slot', () => {
    const pages = [{ number: 2, slots: [slot('s', { part: 1, article: story('b', text.slice(0, 2)) })] }];
    const fit = layoutIssue({ format: DEFAULT_PAGE_FORMAT, pages, serviceStrip: null }).get('s')!;
    expect(fit).toMatchObject({ overflows: false, jump: null });
    expect(fit.over).toBeLessThan(0);
  });

  it('moves a photo that does not fit whole before the jump to the continuation', () => {
    const withPhoto = (at: number): LayoutArticle => {
      const article = story('p', text);
      const content = [...(article.body as { content: object[] }).content];
      content.splice(at, 0, { type: 'figure', attrs: { mediaId: 'cm0photo0000001', width: 1800, height: 1200, caption: '新馆阅览室。', credit: '记者 周明远/摄' } });
      return { ...article, body: { type: 'doc', content } };
    };
    // Find where part 1 ends, then put the photo just before that paragraph.
    const plain = issue(story('p', text), 4).get('s1')!;
    const lastShown = plain.blocks.at(-2)!;
    const at = text.findIndex((p) => blockText(lastShown).endsWith(p.slice(-6)) || p.startsWith(blockText(lastShown).slice(0, 6)));
    const layout = issue(withPhoto(at), 4);
    const first = layout.get('s1')!;
    const second = layout.get('s2')!;
    expect(first.blocks.some((b) => b.figure)).toBe(false);
    expect(first.over).toBeLessThanOrEqual(0);
    expect(second.blocks[1].figure?.mediaId).toBe('cm0photo0000001');
    expect(second.blocks.filter((b) => b.figure)).toHaveLength(1);
    expect(at).toBeGreaterThan(0);
    // Nothing lost or doubled up to where the continuation itself runs out, the photo where the text has it.
    const printed = [...first.blocks.slice(0, -1), ...second.blocks.slice(1)].map((b) => (b.figure ? '[图]' : blockText(b))).join('');
    expect(printed).toContain(`${text[at - 1]}[图]${text[at]}`);
    expect(`本报讯 ${text.slice(0, at).join('')}[图]${text.slice(at).join('')}（周明远）`.startsWith(printed)).toBe(true);
  });
});

describe('page chrome', () => {
  it('prints the service strip on the pages the paper chose, when it has one', () => {
    expect(pageChrome(1, '便民电话', [1])).toEqual({ masthead: true, serviceStrip: true });
    expect(pageChrome(4, '便民电话', [1])).toEqual({ masthead: false, serviceStrip: false });
    expect(pageChrome(4, '便民电话', [1, 4])).toEqual({ masthead: false, serviceStrip: true });
    expect(pageChrome(1, null, [1, 4])).toEqual({ masthead: true, serviceStrip: false });
    expect(pageChrome(1, '便民电话')).toEqual({ masthead: true, serviceStrip: true });
  });
});
