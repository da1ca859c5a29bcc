// How every story of an issue sits in its slot: which part of its text is
// printed there, how far it runs over, and its jump lines. Worked out from the
// page format, the current page numbers and the stories' text whenever a page
// is drawn: the board's figures, the proof, the reader's page and the PDF all
// come from here.
import { datelineRunIn } from './bylines';
import { fitBlocks, headingSize, slotBox, type HeadingParts, type HeadingSize, type SlotBox } from './copy-fit';
import { jumpInLine, jumpOutLine, jumpPages } from './jump-lines';
import type { PageFormat } from './page-format';
import { sliceBlocks, storyBlocks, type Block } from './story-flow';

export type LayoutArticle = HeadingParts & {
  id: string;
  dateline: string | null;
  bylines: { name: string }[];
  body: unknown;
  source: string | null;
  credits: string | null;
};

type LayoutSlot = {
  id: string;
  column: number;
  row: number;
  columns: number;
  rows: number;
  placement: { part: number; article: LayoutArticle } | null;
};

export type LayoutPage = { number: number; slots: LayoutSlot[] };

export type Jump = { direction: 'out' | 'in'; page: number; line: string };

export type SlotLayout = {
  articleId: string;
  part: number;
  size: HeadingSize;
  box: SlotBox;
  /** The text printed in this slot, jump lines included. */
  blocks: Block[];
  /** Characters over (positive) or under (negative) what the slot holds. */
  over: number;
  /** True when text is cut off at the slot's end (it runs over and does not jump). */
  overflows: boolean;
  jump: Jump | null;
};

/** Whether a page prints the masthead and the service strip, which take room from its grid. */
export function pageChrome(pageNumber: number, serviceStrip: string | null, serviceStripPages: readonly number[] = [1]) {
  return { masthead: pageNumber === 1, serviceStrip: !!serviceStrip && serviceStripPages.includes(pageNumber) };
}

// 下转 closes the first part against the right edge; 上接 opens the rest on the left.
function jumpBlock(text: string, align: Block['align']): Block {
  return { runs: [{ text, bold: true }], indent: false, align, jump: true };
}

export function layoutIssue(options: {
  format: PageFormat;
  pages: LayoutPage[];
  serviceStrip: string | null;
  /** The pages that print the strip (page 1 when not given). */
  serviceStripPages?: readonly number[];
}): Map<string, SlotLayout> {
  const { format, pages, serviceStrip, serviceStripPages } = options;
  const placed = pages.flatMap((page) =>
    page.slots.flatMap((slot) => (slot.placement ? [{ page, slot, placement: slot.placement }] : [])),
  );
  const jumps = jumpPages(placed.map(({ page, placement }) => ({ articleId: placement.article.id, part: placement.part, pageNumber: page.number })));
  const boxOf = (page: LayoutPage, slot: LayoutSlot, article: LayoutArticle, part: number) => {
    const size = headingSize(slot, part);
    return { size, box: slotBox(format, slot, { ...pageChrome(page.number, serviceStrip, serviceStripPages), heading: article, size }) };
  };

  const result = new Map<string, SlotLayout>();
  for (const { page, slot, placement } of placed) {
    const article = placement.article;
    const blocks = storyBlocks({
      dateline: datelineRunIn(article.dateline, article.bylines.map((b) => b.name)),
      body: article.body,
      source: article.source,
      credits: article.credits,
    });
    const { size, box } = boxOf(page, slot, article, placement.part);
    const jump = jumps.get(article.id);
    const first = jump && placed.find((p) => p.placement.article.id === article.id && p.placement.part === 1);

    if (!jump || !first) {
      // One part only (a part 2 whose part 1 was taken off prints nothing of its own).
      const fit = fitBlocks(blocks, box);
      const shown = fit.cut ? sliceBlocks(blocks, null, fit.cut) : blocks;
      result.set(slot.id, { articleId: article.id, part: placement.part, size, box, blocks: shown, over: fit.over, overflows: fit.cut !== null, jump: null });
      continue;
    }

    // The split follows the first slot's capacity, one line kept for 下转.
    const firstBox = placement.part === 1 ? box : boxOf(first.page, first.slot, article, 1).box;
    const whole = fitBlocks(blocks, firstBox);
    const split = whole.cut ? fitBlocks(blocks, { ...firstBox, lines: Math.max(0, firstBox.lines - 1) }).cut : null;
    if (placement.part === 1) {
      const out = jumpOutLine(jump.out!);
      const shown = [...(split ? sliceBlocks(blocks, null, split) : blocks), jumpBlock(out, 'end')];
      const fit = fitBlocks(shown, box);
      result.set(slot.id, { articleId: article.id, part: 1, size, box, blocks: shown, over: fit.over, overflows: false, jump: { direction: 'out', page: jump.out!, line: out } });
    } else {
      const back = jumpInLine(jump.in!);
      const rest = [jumpBlock(back, 'justify'), ...(split ? sliceBlocks(blocks, split, null) : [])];
      const fit = fitBlocks(rest, box);
      const shown = fit.cut ? sliceBlocks(rest, null, fit.cut) : rest;
      result.set(slot.id, { articleId: article.id, part: 2, size, box, blocks: shown, over: fit.over, overflows: fit.cut !== null, jump: { direction: 'in', page: jump.in!, line: back } });
    }
  }
  return result;
}
