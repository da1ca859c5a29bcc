// A story's text as it runs through the columns of its slot: one block per
// printed paragraph, each a list of styled runs. Copy-fit measures these
// blocks, and the page proof draws the very same blocks, so what the desk is
// told about fit is what the proof shows.
import type { JSONContent } from '@tiptap/core';
import { safeFigureAttrs, type FigureAttrs } from './figure-attrs';
import { creditsLine, sourceLine } from './print-lines';

export type RunStyle = { bold?: boolean; italic?: boolean; strike?: boolean };
export type Run = RunStyle & { text: string };

/** A photo in the flow: what the proof needs to print it, from the figure node's attributes. */
export type FigureBlock = { mediaId: string; caption: string; credit: string; width: number; height: number };

export type Block = {
  /** A photo's block has no runs: it is set as a whole, never split. */
  runs: Run[];
  /** A body paragraph starts two characters in (空两格); subheads and end lines do not. */
  indent: boolean;
  /** `end`: source, credits and jump lines sit against the right edge. */
  align: 'justify' | 'end';
  /** The first block of a continuation carries on mid-paragraph, without a new indent. */
  continued?: boolean;
  heading?: boolean;
  /** A generated jump line (下转/上接), linked to the other part's page where pages are links. */
  jump?: boolean;
  figure?: FigureBlock;
};

/** What of a story flows through its text columns. */
export type StoryText = {
  dateline: string | null;
  body: unknown;
  source: string | null;
  credits: string | null;
};

/**
 * Width of a character in character cells: CJK characters and full-width
 * punctuation take one; Latin letters, digits and ASCII punctuation a little over half.
 */
export function charCells(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // General punctuation (“ ” — …) is set full-width in a CJK font. Latin letters and
  // digits vary; counting them a little wide keeps a measured line from spilling over.
  return code < 0x2000 || (code >= 0xff61 && code <= 0xffdc) ? 0.6 : 1;
}

export function textCells(text: string): number {
  let cells = 0;
  for (const char of text) cells += charCells(char);
  return cells;
}

export function blockText(block: Block): string {
  return block.runs.map((run) => run.text).join('');
}

export function blockCells(block: Block): number {
  return (block.indent && !block.continued ? 2 : 0) + textCells(blockText(block));
}

const MARKS: Record<string, keyof RunStyle> = { bold: 'bold', italic: 'italic', strike: 'strike' };

function inlineRuns(node: JSONContent, out: Run[][], style: RunStyle = {}) {
  if (node.type === 'text' && node.text) {
    const runStyle = { ...style };
    for (const mark of node.marks ?? []) {
      const key = MARKS[mark.type ?? ''];
      if (key) runStyle[key] = true;
    }
    out[out.length - 1].push({ ...runStyle, text: node.text });
  }
  // A line break inside a paragraph starts a new printed line, without an indent.
  if (node.type === 'hardBreak') out.push([]);
  for (const child of node.content ?? []) inlineRuns(child, out, style);
}

// Photos without a usable image print nothing; one stored without its height is set at 3:2.
function figureBlock(attrs: FigureAttrs): Block | null {
  if (!attrs.mediaId || !attrs.width) return null;
  return {
    runs: [],
    indent: false,
    align: 'justify',
    figure: { mediaId: attrs.mediaId, caption: attrs.caption, credit: attrs.credit, width: attrs.width, height: attrs.height ?? Math.round((attrs.width * 2) / 3) },
  };
}

function bodyBlocks(node: JSONContent, blocks: Block[]) {
  if (node.type === 'figure') {
    const block = figureBlock(safeFigureAttrs(node.attrs ?? {}));
    if (block) blocks.push(block);
    return;
  }
  if (node.type === 'paragraph' || node.type === 'heading') {
    const lines: Run[][] = [[]];
    inlineRuns(node, lines);
    lines.forEach((runs, index) => {
      if (runs.length === 0) return;
      const heading = node.type === 'heading';
      blocks.push({ runs: heading ? runs.map((run) => ({ ...run, bold: true })) : runs, indent: !heading && index === 0, align: 'justify', heading: heading || undefined });
    });
    return;
  }
  if (node.type === 'horizontalRule') return;
  for (const child of node.content ?? []) bodyBlocks(child, blocks);
}

/**
 * The printed flow of a story: the 电头 and byline run into the first
 * paragraph in bold, then the body's paragraphs and subheads, then the source
 * and the end credits on lines of their own.
 */
export function storyBlocks(story: StoryText): Block[] {
  const blocks: Block[] = [];
  if (story.body && typeof story.body === 'object') bodyBlocks(story.body as JSONContent, blocks);
  if (story.dateline) {
    // A photo above the first paragraph stays above it: the dateline runs into the text.
    const index = blocks.findIndex((block) => !block.figure);
    const first = blocks[index];
    const lead: Run = { text: story.dateline, bold: true };
    if (first && !first.heading) first.runs = [lead, ...first.runs];
    else blocks.splice(Math.max(0, index), 0, { runs: [lead], indent: true, align: 'justify' });
  }
  if (story.source) blocks.push({ runs: [{ text: sourceLine(story.source) }], indent: false, align: 'end' });
  if (story.credits) blocks.push({ runs: [{ text: creditsLine(story.credits) }], indent: false, align: 'end' });
  return blocks;
}

/** A point in the flow: before character `offset` (a UTF-16 index) of block `block`. */
export type FlowPoint = { block: number; offset: number };

/** The runs of `runs` between two offsets of their joined text. */
export function runsBetween(runs: Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  let position = 0;
  for (const run of runs) {
    const start = Math.max(from, position);
    const end = Math.min(to, position + run.text.length);
    if (end > start) out.push({ ...run, text: run.text.slice(start - position, end - position) });
    position += run.text.length;
  }
  return out;
}

/** The blocks from `from` (inclusive) to `to` (exclusive); either end may be open. */
export function sliceBlocks(blocks: Block[], from: FlowPoint | null, to: FlowPoint | null): Block[] {
  const start = from ?? { block: 0, offset: 0 };
  const end = to ?? { block: blocks.length, offset: 0 };
  const out: Block[] = [];
  for (let index = start.block; index <= Math.min(end.block, blocks.length - 1); index++) {
    const block = blocks[index];
    if (block.figure) {
      // A photo is whole or not there: a cut at it (offset 0) leaves it to the part after.
      if (index !== end.block || end.offset > 0) out.push(block);
      continue;
    }
    const length = blockText(block).length;
    const a = index === start.block ? start.offset : 0;
    const b = index === end.block ? end.offset : length;
    if (b <= a) continue;
    out.push({ ...block, runs: runsBetween(block.runs, a, b), continued: block.continued || (a > 0 ? true : undefined) });
  }
  return out;
}
