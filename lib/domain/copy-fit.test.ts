import { describe, expect, it } from 'vitest';
import { HEADING_TYPE, cutPoint, fitBlocks, fitLabel, headingHeightMm, headingSetting, headingSize, slotBox } from './copy-fit';
import { figureLayout } from './figure-fit';
import { breakLines } from './line-break';
import { DEFAULT_PAGE_FORMAT, typeArea } from './page-format';
import { blockText, sliceBlocks, storyBlocks, type Block } from './story-flow';

const para = (text: string): Block => ({ runs: [{ text }], indent: true, align: 'justify' });
const chars = (n: number) => '字'.repeat(n);
const noChrome = { masthead: false, serviceStrip: false };
/** A slot `lines` lines long in columns of `linesPerColumn`, at 9 pt type on 13 pt leading. */
const box = (charsPerLine: number, lines: number, linesPerColumn = lines) => ({
  charsPerLine,
  lines,
  linesPerColumn,
  typeMm: 3.175,
  leadingMm: 4.586,
  columnMm: charsPerLine * 3.175,
});

describe('a slot’s capacity', () => {
  it('holds one column of text per grid column, at whole characters per line and whole lines at the leading', () => {
    const area = typeArea(DEFAULT_PAGE_FORMAT);
    const box = slotBox(DEFAULT_PAGE_FORMAT, { column: 1, row: 5, columns: 3, rows: 4 }, { ...noChrome, heading: null, size: 'normal' });
    expect(box.charsPerLine).toBe(Math.floor(area.columnMm / area.typeMm)); // 37.5 mm at 9 pt: 11
    expect(box.charsPerLine).toBe(11);
    expect(box.linesPerColumn).toBe(Math.floor(((4 * 350) / 8 - 1.5) / area.leadingMm)); // 173.5 mm at 13 pt: 37
    expect(box.capacity).toBe(3 * 37 * 11);
  });

  it('loses the lines its headings take, more for a longer headline and a kicker', () => {
    const slot = { column: 1, row: 5, columns: 3, rows: 4 };
    const heading = { columnLabel: null, kicker: null, headline: '短标题', subheadline: null, namesLine: null };
    const short = slotBox(DEFAULT_PAGE_FORMAT, slot, { ...noChrome, heading, size: 'normal' });
    const long = slotBox(DEFAULT_PAGE_FORMAT, slot, {
      ...noChrome,
      heading: { ...heading, kicker: '引题一行', headline: chars(40) },
      size: 'normal',
    });
    expect(short.headingLines).toBeGreaterThan(0);
    expect(long.headingLines).toBeGreaterThan(short.headingLines);
    expect(long.capacity).toBe(3 * (37 - long.headingLines) * 11);
  });

  it('is smaller on page 1, where the masthead takes the top of the page', () => {
    const slot = { column: 1, row: 1, columns: 4, rows: 4 };
    const inside = slotBox(DEFAULT_PAGE_FORMAT, slot, { ...noChrome, heading: null, size: 'lead' });
    const front = slotBox(DEFAULT_PAGE_FORMAT, slot, { masthead: true, serviceStrip: true, heading: null, size: 'lead' });
    expect(front.capacity).toBeLessThan(inside.capacity);
  });

  it('sizes headlines by slot width, continuations small', () => {
    expect(headingSize({ columns: 4 }, 1)).toBe('lead');
    expect(headingSize({ columns: 2 }, 1)).toBe('normal');
    expect(headingSize({ columns: 1 }, 1)).toBe('small');
    expect(headingSize({ columns: 6 }, 2)).toBe('continuation');
  });
});

describe('headings taller than planned', () => {
  const noHeading = { columnLabel: null, kicker: null, headline: '标题', subheadline: null, namesLine: null };
  // A names line 10 characters to a line (type 1 mm, names line 1.15 mm on a 11.5 mm measure).
  const measure = { widthMm: 11.5, typeMm: 1, size: 'normal' as const };
  // 20 characters: two full lines by count, but a line may not start with "，", so the
  // character before it carries over and the names line takes three lines.
  const names = '张一李二王三赵四钱五，孙六周七吴八郑九冯十';

  it('break a names line as it is printed, closing punctuation never starting a line', () => {
    const [set] = headingSetting({ ...noHeading, namesLine: names }, measure).filter((h) => h.part === 'namesLine');
    expect(set.lines).toEqual(['张一李二王三赵四钱', '五，孙六周七吴八郑九', '冯十']);
    expect(set.lines.join('')).toBe(names);
    const lineMm = HEADING_TYPE.namesLine.size * HEADING_TYPE.namesLine.line;
    expect(headingHeightMm({ ...noHeading, headline: '', namesLine: names }, measure)).toBeCloseTo(3 * lineMm);
  });

  it('take their real lines from the slot, a wrapped names line included', () => {
    const slot = { column: 1, row: 5, columns: 2, rows: 4 };
    const area = typeArea(DEFAULT_PAGE_FORMAT);
    const plain = slotBox(DEFAULT_PAGE_FORMAT, slot, { ...noChrome, heading: noHeading, size: 'normal' });
    const perLine = Math.floor(plain.widthMm / (HEADING_TYPE.namesLine.size * area.typeMm) + 1e-6);
    // Exactly two lines by count; the "，" at the third line's start makes it three.
    const wrapped = '主'.repeat(perLine - 1) + '持，' + '出'.repeat(perLine - 2) + '席';
    expect(wrapped.length).toBe(2 * perLine);
    const withNames = slotBox(DEFAULT_PAGE_FORMAT, slot, { ...noChrome, heading: { ...noHeading, namesLine: wrapped }, size: 'normal' });
    const threeLinesMm = 3 * HEADING_TYPE.namesLine.size * HEADING_TYPE.namesLine.line * area.typeMm;
    const headlineMm = headingHeightMm(noHeading, { widthMm: plain.widthMm, typeMm: area.typeMm, size: 'normal' });
    expect(withNames.headingLines).toBe(Math.ceil((headlineMm + threeLinesMm) / area.leadingMm + 0.5));
    expect(withNames.capacity).toBe(2 * withNames.linesPerColumn * withNames.charsPerLine);
  });

  it('count as over and are flagged when they do not fit in the slot at all, however short the text', () => {
    const slot = { column: 1, row: 8, columns: 1, rows: 1 };
    const heading = { ...noHeading, kicker: '引题'.repeat(10), headline: '主题'.repeat(20), namesLine: '出席'.repeat(30) };
    const box = slotBox(DEFAULT_PAGE_FORMAT, slot, { ...noChrome, heading, size: 'small' });
    expect(box.linesPerColumn).toBe(0);
    expect(box.headingOverflowCells).toBeGreaterThan(0);
    const fit = fitBlocks([para('短')], box);
    expect(fit.over).toBeGreaterThanOrEqual(box.headingOverflowCells);
    expect(fit.cut).toEqual({ block: 0, offset: 0 });
    // Headings that fit cost nothing extra.
    const fitting = slotBox(DEFAULT_PAGE_FORMAT, { ...slot, rows: 4 }, { ...noChrome, heading: noHeading, size: 'small' });
    expect(fitting.headingOverflowCells).toBe(0);
    expect(fitBlocks([para('短')], fitting).cut).toBeNull();
  });
});

describe('fitting a story', () => {
  it('counts the two-character indent and starts every paragraph on a new line', () => {
    // 5 characters + indent: one line of 10; then 15 + indent = 17 cells.
    const fit = fitBlocks([para(chars(5)), para(chars(15))], box(10, 4));
    expect(fit).toMatchObject({ used: 27, capacity: 40, over: -13, cut: null });
  });

  it('says how many characters run over and where the text is cut', () => {
    const blocks = [para(chars(30))];
    const fit = fitBlocks(blocks, box(10, 3));
    expect(fit.over).toBe(2);
    expect(fit.cut).toEqual({ block: 0, offset: 28 });
    expect(blockText(sliceBlocks(blocks, null, fit.cut)[0])).toHaveLength(28);
    const rest = sliceBlocks(blocks, fit.cut, null);
    expect(rest[0]).toMatchObject({ continued: true });
    expect(blockText(rest[0])).toHaveLength(2);
  });

  it('changes by one with every character typed', () => {
    const slot = box(10, 3);
    expect(fitBlocks([para(chars(20))], slot).over).toBe(-8);
    expect(fitBlocks([para(chars(21))], slot).over).toBe(-7);
  });

  it('counts Latin letters and digits as a little over half a character', () => {
    expect(fitBlocks([{ runs: [{ text: 'ABCD2024' }], indent: false, align: 'justify' }], box(10, 1)).over).toBe(-5);
  });

  it('cuts before a whole paragraph that no longer has a line', () => {
    expect(cutPoint([para(chars(8)), para(chars(8))], box(10, 1), 1)).toEqual({ block: 1, offset: 0 });
  });

  it('labels over and under with a plus and a true minus sign', () => {
    expect(fitLabel(86)).toBe('+86字');
    expect(fitLabel(-40)).toBe('\u221240字');
    expect(fitLabel(0)).toBe('0字');
    // The English newsroom counts characters in words.
    expect(fitLabel(86, 'en')).toBe('+86 chars');
    expect(fitLabel(-40, 'en')).toBe('\u221240 chars');
    expect(fitLabel(1, 'en')).toBe('+1 char');
    expect(fitLabel(0, 'en')).toBe('0 chars');
    expect(fitLabel(86, 'zh-CN')).toBe('+86字');
  });
});

describe('the printed flow of a story', () => {
  it('runs the dateline into the first paragraph in bold and sets source and credits on their own lines', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文第一段。' }] }, { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: '小标题' }] }] };
    const blocks = storyBlocks({ dateline: '本报讯（记者周明远）', body, source: '工人日报', credits: '王佳' });
    expect(blocks.map(blockText)).toEqual(['本报讯（记者周明远）正文第一段。', '小标题', '（来源：工人日报）', '（王佳）']);
    expect(blocks[0].runs[0]).toEqual({ text: '本报讯（记者周明远）', bold: true });
    expect(blocks[1]).toMatchObject({ indent: false, heading: true });
    expect(blocks[2]).toMatchObject({ align: 'end', indent: false });
  });
});

describe('breaking lines as Chinese type is set', () => {
  it('keeps closing punctuation off a line’s start by carrying the character before it over', () => {
    // Ten cells a line: the 11th character is a comma, so 十 goes down with it.
    const lines = breakLines('一二三四五六七八九十，甲乙', 10);
    expect(lines.map((l) => '一二三四五六七八九十，甲乙'.slice(l.start, l.end))).toEqual(['一二三四五六七八九', '十，甲乙']);
  });

  it('keeps an opening bracket off a line’s end and a number whole', () => {
    const text = '一二三四五六七八九《十》';
    expect(breakLines(text, 10).map((l) => text.slice(l.start, l.end))).toEqual(['一二三四五六七八九', '《十》']);
    const numbers = '一二三四五六七八2025年';
    expect(breakLines(numbers, 10).map((l) => numbers.slice(l.start, l.end))).toEqual(['一二三四五六七八', '2025年']);
  });

  it('indents the first line two characters', () => {
    expect(breakLines('一二三四五六七八九十', 10, 2).map((l) => l.end - l.start)).toEqual([8, 2]);
  });
});

describe('photos in the flow', () => {
  const MEDIA = 'cm0photo0000001';
  const photo = (width = 1800, height = 1200, caption = '游客在樱花大道上拍照留念。', credit = '特约摄影 宋知行摄'): Block => ({
    runs: [],
    indent: false,
    align: 'justify',
    figure: { mediaId: MEDIA, caption, credit, width, height },
  });
  const lines = (block: Block, measure = box(11, 30)) => figureLayout(block.figure!, measure).lines;

  it('become a block of their own, without the dateline, and a figure with no image prints nothing', () => {
    const figure = (attrs: Record<string, unknown>) => ({ type: 'figure', attrs });
    const body = {
      type: 'doc',
      content: [
        figure({ mediaId: MEDIA, width: 1800, height: 1200, caption: '说明', credit: '记者 周明远/摄' }),
        { type: 'paragraph', content: [{ type: 'text', text: '正文。' }] },
        figure({ mediaId: '../etc/passwd', width: 10, height: 10 }),
      ],
    };
    const blocks = storyBlocks({ dateline: '本报讯', body, source: null, credits: null });
    expect(blocks).toHaveLength(2);
    expect(blocks[0].figure).toEqual({ mediaId: MEDIA, caption: '说明', credit: '记者 周明远/摄', width: 1800, height: 1200 });
    expect(blockText(blocks[1])).toBe('本报讯正文。');
  });

  it('take whole lines from the image’s proportions at the column width, plus the caption’s', () => {
    const measure = box(11, 30);
    const layout = figureLayout(photo().figure!, measure);
    // 3:2 across 34.9 mm is 23.3 mm, five lines of 4.586 mm.
    expect(layout.photoLines).toBe(5);
    expect(layout.captionText).toBe('游客在樱花大道上拍照留念。\u3000特约摄影 宋知行摄');
    expect(layout.captionLines.length).toBeGreaterThan(1);
    expect(layout.lines).toBeGreaterThan(layout.photoLines);
    expect(lines(photo(1800, 600))).toBeLessThan(lines(photo()));
    expect(lines(photo(1800, 1200, '', ''))).toBe(5);
    expect(lines(photo(1800, 1200, '很长的图片说明'.repeat(8)))).toBeGreaterThan(lines(photo()));
  });

  it('keep the credit whole: on the caption’s last line when it fits, else on a line of its own', () => {
    const measure = box(11, 30); // 34.9 mm: 13 caption characters a line
    const text = (l: ReturnType<typeof figureLayout>) => l.captionLines.map((span) => l.captionText.slice(span.start, span.end));
    const short = figureLayout(photo(1800, 1200, '白鹭掠过浅滩。', '宋知行摄').figure!, measure);
    expect(text(short)).toEqual(['白鹭掠过浅滩。\u3000宋知行摄']);
    const long = figureLayout(photo(1800, 1200, '选手们沿滨河大道奔跑，沿途市民为他们加油。', '记者 周明远/摄').figure!, measure);
    expect(text(long).at(-1)).toBe('记者 周明远/摄');
    expect(long.captionLines.at(-1)!.start).toBe(long.creditStart);
    expect(figureLayout(photo(1800, 1200, '', '宋知行摄').figure!, measure).captionText).toBe('宋知行摄');
  });

  it('crop a tall photo to what a column holds beside its caption', () => {
    const measure = box(11, 40, 20);
    expect(figureLayout(photo(600, 6000).figure!, measure).lines).toBe(20);
  });

  it('make a story run over by the photo’s lines', () => {
    const text = [para(chars(60)), para(chars(60))];
    const withPhoto = [text[0], photo(), text[1]];
    const slot = box(11, 12, 60);
    const extra = lines(photo(), slot);
    expect(fitBlocks(withPhoto, slot).over).toBe(fitBlocks(text, slot).over + extra * 11);
    expect(fitBlocks(withPhoto, slot).over).toBeGreaterThan(fitBlocks(text, slot).over);
  });

  it('are never split: the cut lands before a photo that does not fit whole, and the rest carries it', () => {
    const blocks = [para(chars(30)), photo(), para(chars(20))];
    const slot = box(11, 3 + lines(photo()) - 1);
    const cut = cutPoint(blocks, slot, slot.lines);
    expect(cut).toEqual({ block: 1, offset: 0 });
    const before = sliceBlocks(blocks, null, cut);
    expect(before.map((b) => !!b.figure)).toEqual([false]);
    const rest = sliceBlocks(blocks, cut, null);
    expect(rest[0].figure?.mediaId).toBe(MEDIA);
    expect(blockText(rest[1])).toBe(chars(20));
  });

  it('start the next column when the rest of a column is too short, leaving those lines empty', () => {
    // Columns of 10 lines: three lines of text leave seven, too few for the photo.
    const photoLines = lines(photo(), box(11, 20, 10));
    expect(photoLines).toBeGreaterThan(7);
    const blocks = [para(chars(30)), photo(), para(chars(9))];
    const fit = fitBlocks(blocks, box(11, 20, 10));
    expect(fit.cut).toBeNull();
    expect(fit.used).toBe((10 + photoLines) * 11 + 11);
    // The same story in one tall column sets the photo right after the text.
    expect(fitBlocks(blocks, box(11, 20)).used).toBe((3 + photoLines) * 11 + 11);
  });

  it('are cut whole when no column could hold them', () => {
    expect(cutPoint([para(chars(5)), photo()], box(11, 8, 4), 8)).toEqual({ block: 1, offset: 0 });
  });
});
