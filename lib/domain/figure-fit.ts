// How much of a column a photo takes on the printed page. A photo is set one
// text column wide, whatever the slot (a lead story's photo too: a column-wide
// photo keeps the text flowing column by column, and needs no page make-up of
// its own). Its height follows the image's aspect ratio, rounded to whole lines
// of body type so the text beside and below it stays on the grid, then the
// caption and credit in smaller type under it. Copy-fit counts these lines and
// the proof draws the figure at exactly this size, so they never disagree.
import { breakLines, type LineSpan } from './line-break';
import { textCells, type FigureBlock } from './story-flow';

/** What copy-fit knows about a slot's columns. */
export type Measure = {
  charsPerLine: number;
  /** Lines of body type in one text column. */
  linesPerColumn: number;
  columnMm: number;
  typeMm: number;
  leadingMm: number;
};

/** Caption type as a multiple of the body type size, and its line height as a multiple of its own size. */
export const CAPTION_TYPE = { size: 0.8, line: 1.35 } as const;
/** Air between the photo and its caption, and under the caption, in lines of body type. */
const CAPTION_GAP = 0.25;
const FIGURE_AIR = 0.35;
/** A photo is never set shorter than this many lines, however wide the image. */
export const MIN_PHOTO_LINES = 3;

export type FigureLayout = {
  /** Lines of body type the whole figure takes in its column. */
  lines: number;
  photoLines: number;
  /** Height the photo is drawn at, in mm (cropped to it, never distorted). */
  photoMm: number;
  /** Caption and credit as one text, credit after a full-width space; the credit starts at `creditStart`. A line starting there holds the credit alone. */
  captionText: string;
  creditStart: number;
  captionLines: LineSpan[];
  captionSizeMm: number;
  captionLeadingMm: number;
  /** Air above the caption, in mm. */
  captionGapMm: number;
};

/**
 * The caption broken into lines, then the credit kept whole: after a full-width
 * space on the caption's last line when it fits there, else on a line of its own
 * (set against the right edge by the proof).
 */
function captionFlow({ caption, credit }: FigureBlock, perLine: number) {
  const lines = caption ? breakLines(caption, perLine) : [];
  if (!credit) return { text: caption, creditStart: caption.length, lines };
  const text = caption ? `${caption}\u3000${credit}` : credit;
  const creditStart = text.length - credit.length;
  const last = lines.at(-1);
  const creditCells = textCells(credit);
  if (last && last.cells + 1 + creditCells <= perLine + 1e-9) {
    lines[lines.length - 1] = { start: last.start, end: text.length, cells: last.cells + 1 + creditCells };
  } else {
    lines.push(...breakLines(credit, perLine).map((span) => ({ ...span, start: span.start + creditStart, end: span.end + creditStart })));
  }
  return { text, creditStart, lines };
}

export function figureLayout(figure: FigureBlock, measure: Measure): FigureLayout {
  const { columnMm, typeMm, leadingMm, linesPerColumn } = measure;
  const captionSizeMm = CAPTION_TYPE.size * typeMm;
  const captionLeadingMm = CAPTION_TYPE.line * captionSizeMm;
  const { text: captionText, creditStart, lines: captionLines } = captionFlow(figure, Math.max(1, Math.floor(columnMm / captionSizeMm + 1e-6)));
  const captionGapMm = CAPTION_GAP * leadingMm;
  const captionZone = captionLines.length > 0 ? Math.ceil((captionGapMm + captionLines.length * captionLeadingMm + FIGURE_AIR * leadingMm) / leadingMm - 1e-6) : 0;
  const natural = (columnMm * figure.height) / figure.width / leadingMm;
  // A tall photo is cropped to what one column holds beside its caption.
  const photoLines = Math.max(MIN_PHOTO_LINES, Math.min(Math.round(natural), linesPerColumn - captionZone));
  // Without a caption the air under the photo comes out of the photo's own lines.
  const photoMm = photoLines * leadingMm - (captionZone === 0 ? FIGURE_AIR * leadingMm : 0);
  return { lines: photoLines + captionZone, photoLines, photoMm, captionText, creditStart, captionLines, captionSizeMm, captionLeadingMm, captionGapMm };
}
