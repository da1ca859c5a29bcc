// Breaking a paragraph into printed lines of a column's width, with the rules
// Chinese typesetting keeps (避头尾): no closing punctuation at a line's start,
// no opening bracket at its end, and a run of Latin letters or digits kept
// whole. Copy-fit counts these lines and the proof prints them as they are,
// so the two never disagree about where a story stops.
import { charCells, type Block, type Run } from './story-flow';

const NO_LINE_START = new Set('，。、；：？！）》」』”’…—·%,.;:?!)]}'.split(''));
const NO_LINE_END = new Set('（《「『“‘([{'.split(''));

type Token = { start: number; end: number; cells: number; first: string; last: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let index = 0;
  for (const match of text.matchAll(/[\x21-\x7e]+|[\s\S]/gu)) {
    const value = match[0];
    let cells = 0;
    for (const char of value) cells += charCells(char);
    out.push({ start: index, end: index + value.length, cells, first: value[0], last: value[value.length - 1] });
    index += value.length;
  }
  return out;
}

/** A printed line: [start, end) of the block's text, and how many cells it fills. */
export type LineSpan = { start: number; end: number; cells: number };

/** The lines `text` takes in a column of `charsPerLine` cells; `indent` cells start the first line. */
export function breakLines(text: string, charsPerLine: number, indent = 0): LineSpan[] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let width = indent;
  const widthOf = (list: Token[]) => list.reduce((sum, token) => sum + token.cells, 0);
  const queue = tokens(text);
  while (queue.length > 0) {
    const token = queue.shift()!;
    if (width + token.cells <= charsPerLine + 1e-9 || line.length === 0) {
      if (token.cells > charsPerLine && line.length === 0 && token.end - token.start > 1) {
        // A Latin run longer than a line breaks where it must, one character at a time.
        queue.unshift(...splitChars(text, token.start, token.end));
        continue;
      }
      line.push(token);
      width += token.cells;
      continue;
    }
    // The line is full: carry characters over so that no line starts with closing
    // punctuation or ends with an opening bracket.
    const carried: Token[] = [token];
    while (line.length > 1 && NO_LINE_START.has(carried[0].first)) carried.unshift(line.pop()!);
    while (line.length > 1 && NO_LINE_END.has(line[line.length - 1].last)) carried.unshift(line.pop()!);
    lines.push(line);
    line = [];
    width = 0;
    queue.unshift(...carried);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((list, index) => ({ start: list[0]?.start ?? 0, end: list[list.length - 1]?.end ?? 0, cells: widthOf(list) + (index === 0 ? indent : 0) }));
}

function splitChars(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let index = start;
  for (const char of text.slice(start, end)) {
    out.push({ start: index, end: index + char.length, cells: charCells(char), first: char, last: char });
    index += char.length;
  }
  return out;
}

export function blockLines(block: Block, charsPerLine: number): LineSpan[] {
  const text = block.runs.map((run) => run.text).join('');
  return breakLines(text, charsPerLine, block.indent && !block.continued ? 2 : 0);
}

export { runsBetween } from './story-flow';
