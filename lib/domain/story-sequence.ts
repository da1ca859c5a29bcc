// The order a reader goes through the stories of an issue, as on paper: page by
// page, and on each page slot by slot (top row first, left to right). 上一篇/下一篇
// on a story page follow it.

type SequenceSlot = {
  kind: string;
  row: number;
  column: number;
  placement: { part: number; article: { id: string; headline: string } } | null;
};
type SequencePage = { number: number; slots: readonly SequenceSlot[] };

export type SequenceStory = { articleId: string; headline: string; pageNumber: number };

/** 导读 points to stories and 服务栏 carries none: neither is a story to read. */
const NOT_STORIES = new Set(['GUIDE', 'SERVICE']);

const bySlotOrder = (a: SequenceSlot, b: SequenceSlot) => a.row - b.row || a.column - b.column;

/**
 * Every story of the issue once, in reading order. A story that jumps pages is
 * read where it starts (part 1); its continuation adds nothing. A continuation
 * whose start was taken off the issue is read where it is.
 */
export function storySequence(pages: readonly SequencePage[]): SequenceStory[] {
  const placed = [...pages]
    .sort((a, b) => a.number - b.number)
    .flatMap((page) =>
      [...page.slots]
        .filter((slot) => slot.placement && !NOT_STORIES.has(slot.kind))
        .sort(bySlotOrder)
        .map((slot) => ({ page: page.number, part: slot.placement!.part, article: slot.placement!.article })),
    );
  const starts = new Set(placed.filter((p) => p.part === 1).map((p) => p.article.id));
  const seen = new Set<string>();
  const sequence: SequenceStory[] = [];
  for (const { page, part, article } of placed) {
    if (seen.has(article.id) || (part !== 1 && starts.has(article.id))) continue;
    seen.add(article.id);
    sequence.push({ articleId: article.id, headline: article.headline, pageNumber: page });
  }
  return sequence;
}

/**
 * The stories read just before and just after `articleId`: on the same page, and
 * at a page's ends the last story of the page before or the first of the page
 * after. Null at the ends of the issue, and both null for a story not in it.
 */
export function storyNeighbours(pages: readonly SequencePage[], articleId: string): { previous: SequenceStory | null; next: SequenceStory | null } {
  const sequence = storySequence(pages);
  const at = sequence.findIndex((story) => story.articleId === articleId);
  if (at < 0) return { previous: null, next: null };
  return { previous: sequence[at - 1] ?? null, next: sequence[at + 1] ?? null };
}
