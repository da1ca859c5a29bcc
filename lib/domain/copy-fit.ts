// Copy-fit (算字): how many characters a slot holds at the page's type, and
// how far a story runs over or falls short. A slot's text runs in one column
// per grid column; each line holds as many character cells as the column is
// wide, each column as many lines as its height holds at the leading, less the
// lines the headings take across the top.
import { slotRect, typeArea, type PageFormat } from './page-format';
import { blockLines, breakLines } from './line-break';
import { figureLayout, type Measure } from './figure-fit';
import { charCells, type Block, type FlowPoint } from './story-flow';
import type { Locale } from '@/lib/i18n/config';

export type HeadingParts = {
  columnLabel: string | null;
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  namesLine: string | null;
};

export type HeadingSize = 'lead' | 'normal' | 'small' | 'continuation';

/**
 * Heading type as multiples of the body type size, and line heights as
 * multiples of each size. The proof draws with these same figures.
 */
export const HEADING_TYPE = {
  columnLabel: { size: 1.1, line: 1.8 },
  kicker: { size: 1.3, line: 1.45 },
  headline: { size: { lead: 3.4, normal: 2.5, small: 1.9, continuation: 1.6 }, line: 1.25 },
  subheadline: { size: 1.3, line: 1.45 },
  namesLine: { size: 1.15, line: 1.6 },
} as const;

/** The lead story of a page gets the largest headline; a continuation repeats its headline small. */
export function headingSize(slot: { columns: number }, part: number): HeadingSize {
  if (part > 1) return 'continuation';
  if (slot.columns >= 4) return 'lead';
  return slot.columns >= 2 ? 'normal' : 'small';
}

export type HeadingPart = keyof HeadingParts;

/** One heading as printed: its lines, broken as the proof prints them, and its type. */
export type HeadingSetting = { part: HeadingPart; lines: string[]; sizeMm: number; lineMm: number };

/**
 * The headings of a story set across a slot `widthMm` wide, line by line. Each
 * heading breaks into lines of as many characters as its own size allows, with
 * the rules of Chinese typesetting (lib/domain/line-break.ts: no 。or ） at a line's
 * start, Latin runs whole), so a names line (出席/主持) that wraps where a bare
 * character count would not is counted with the line it really takes. The proof
 * prints exactly these lines, so the two cannot disagree about its height.
 */
export function headingSetting(parts: HeadingParts, options: { widthMm: number; typeMm: number; size: HeadingSize }): HeadingSetting[] {
  const { widthMm, typeMm, size } = options;
  const set = (part: HeadingPart, text: string | null, spec: { size: number; line: number }): HeadingSetting[] => {
    if (!text) return [];
    const sizeMm = spec.size * typeMm;
    const perLine = Math.max(1, Math.floor(widthMm / sizeMm + 1e-6));
    const lines = breakLines(text, perLine).map((span) => text.slice(span.start, span.end));
    return [{ part, lines, sizeMm, lineMm: sizeMm * spec.line }];
  };
  const headline = { size: HEADING_TYPE.headline.size[size], line: HEADING_TYPE.headline.line };
  if (size === 'continuation') return set('headline', parts.headline, headline);
  return [
    // The 栏目 label is one short tag on one line.
    ...(parts.columnLabel ? [{ part: 'columnLabel' as const, lines: [parts.columnLabel], sizeMm: HEADING_TYPE.columnLabel.size * typeMm, lineMm: HEADING_TYPE.columnLabel.size * HEADING_TYPE.columnLabel.line * typeMm }] : []),
    ...set('kicker', parts.kicker, HEADING_TYPE.kicker),
    ...set('headline', parts.headline, headline),
    ...set('subheadline', parts.subheadline, HEADING_TYPE.subheadline),
    ...set('namesLine', parts.namesLine, HEADING_TYPE.namesLine),
  ];
}

/** Height in mm of the headings of a story set across a slot `widthMm` wide. */
export function headingHeightMm(parts: HeadingParts, options: { widthMm: number; typeMm: number; size: HeadingSize }): number {
  return headingSetting(parts, options).reduce((sum, heading) => sum + heading.lines.length * heading.lineMm, 0);
}

/** The air above a story, under the rule that separates it from the one above. */
export const SLOT_TOP_MM = 1.5;

export type SlotBox = {
  widthMm: number;
  heightMm: number;
  textColumns: number;
  columnMm: number;
  typeMm: number;
  leadingMm: number;
  charsPerLine: number;
  /** Body lines the headings take, across every column. */
  headingLines: number;
  /**
   * Body characters' worth of heading that does not fit in the slot at all (its lines past
   * the slot's foot, across every column): 0 when the headings fit. Counted as over.
   */
  headingOverflowCells: number;
  linesPerColumn: number;
  /** Body lines in the slot in all. */
  lines: number;
  /** Characters the slot holds: lines × characters per line. */
  capacity: number;
};

type SlotGeometry = { column: number; row: number; columns: number; rows: number };

export function slotBox(
  format: PageFormat,
  slot: SlotGeometry,
  options: { masthead: boolean; serviceStrip: boolean; heading: HeadingParts | null; size: HeadingSize },
): SlotBox {
  const area = typeArea(format);
  const rect = slotRect(format, slot, options);
  const charsPerLine = Math.max(1, Math.floor(area.columnMm / area.typeMm + 1e-6));
  const totalLines = Math.floor((rect.heightMm - SLOT_TOP_MM) / area.leadingMm + 1e-6);
  const headingMm = options.heading ? headingHeightMm(options.heading, { widthMm: rect.widthMm, typeMm: area.typeMm, size: options.size }) : 0;
  // Half a line of air between the headings and the text.
  const headingLines = headingMm > 0 ? Math.ceil(headingMm / area.leadingMm + 0.5) : 0;
  const linesPerColumn = Math.max(0, totalLines - headingLines);
  const headingOverflowCells = Math.max(0, headingLines - totalLines) * slot.columns * charsPerLine;
  const lines = linesPerColumn * slot.columns;
  return {
    widthMm: rect.widthMm,
    heightMm: rect.heightMm,
    textColumns: slot.columns,
    columnMm: area.columnMm,
    typeMm: area.typeMm,
    leadingMm: area.leadingMm,
    charsPerLine,
    headingLines,
    headingOverflowCells,
    linesPerColumn,
    lines,
    capacity: lines * charsPerLine,
  };
}

export type Fit = {
  /** Character cells the text takes up to its last character (each paragraph starts a new line). */
  used: number;
  capacity: number;
  /** Positive: characters past the slot's end; negative: characters still free. */
  over: number;
  /** Where the text stops fitting, or null when it all fits. */
  cut: FlowPoint | null;
};

type Placed = { at: number; lines: number; figure: boolean; lastCells: number; starts: number[] };

/**
 * Where each block sits in the slot's run of lines, columns end to end. Text
 * runs on from one column into the next; a photo cannot, so one that does not
 * fit what is left of a column starts the next one, and the lines it skips
 * stay empty.
 */
function placeBlocks(blocks: Block[], measure: Measure): Placed[] {
  const perColumn = Math.max(1, measure.linesPerColumn);
  let line = 0;
  return blocks.map((block) => {
    if (block.figure) {
      const { lines } = figureLayout(block.figure, measure);
      const room = perColumn - (line % perColumn);
      const at = lines > room ? line + room : line;
      line = at + lines;
      return { at, lines, figure: true, lastCells: measure.charsPerLine, starts: [0] };
    }
    const spans = blockLines(block, measure.charsPerLine);
    const at = line;
    line += spans.length;
    return { at, lines: spans.length, figure: false, lastCells: spans[spans.length - 1].cells, starts: spans.map((span) => span.start) };
  });
}

/**
 * Where `blocks` stop fitting into `lines` lines of the slot's columns (always
 * at a line's start, and before a photo that does not fit whole), or null when they fit.
 */
export function cutPoint(blocks: Block[], measure: Measure, lines: number): FlowPoint | null {
  const placed = placeBlocks(blocks, measure);
  for (const [index, block] of placed.entries()) {
    if (block.at + block.lines <= lines && !(block.figure && block.lines > measure.linesPerColumn)) continue;
    if (block.figure || block.at >= lines) return { block: index, offset: 0 };
    return { block: index, offset: block.starts[lines - block.at] };
  }
  return null;
}

/**
 * How `blocks` fit a slot of `lines` lines (photos count the lines they take, and any they
 * leave empty above them). Headings taller than the whole slot count as over too, by
 * the body characters their overflowing lines would hold, so the board flags the slot
 * even when the text is short.
 */
export function fitBlocks(blocks: Block[], box: Measure & { lines: number; headingOverflowCells?: number }): Fit {
  const { charsPerLine, lines } = box;
  const headingOver = box.headingOverflowCells ?? 0;
  const placed = placeBlocks(blocks, box);
  const last = placed.at(-1);
  const used = last ? (last.at + last.lines - 1) * charsPerLine + last.lastCells : 0;
  const capacity = lines * charsPerLine;
  if (headingOver > 0) return { used, capacity, over: Math.round(used - capacity + headingOver), cut: { block: 0, offset: 0 } };
  return { used, capacity, over: Math.round(used - capacity), cut: cutPoint(blocks, box, lines) };
}

/** `+86字`, `−40字` (with a true minus sign), `0字`; in English `+86 chars`, `−40 chars`, `0 chars`. */
export function fitLabel(over: number, locale: Locale = 'zh-CN'): string {
  const unit = locale !== 'en' ? '字' : Math.abs(over) === 1 ? ' char' : ' chars';
  if (over > 0) return `+${over}${unit}`;
  if (over < 0) return `\u2212${-over}${unit}`;
  return `0${unit}`;
}
