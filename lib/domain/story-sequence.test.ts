import { describe, expect, it } from 'vitest';
import { storyNeighbours, storySequence } from './story-sequence';

type Slot = Parameters<typeof storySequence>[0][number]['slots'][number];

const story = (id: string, row: number, column: number, part = 1, kind = 'STORY'): Slot => ({
  kind,
  row,
  column,
  placement: { part, article: { id, headline: `标题${id}` } },
});
const empty = (row: number, column: number, kind = 'STORY'): Slot => ({ kind, row, column, placement: null });

// Slots deliberately listed out of order: the rule sorts them, whatever order the query returned.
const issue = [
  {
    number: 2,
    slots: [story('d', 2, 1), story('c', 1, 1), story('a', 3, 1, 2)],
  },
  {
    number: 1,
    slots: [
      story('b', 2, 4),
      { kind: 'GUIDE', row: 1, column: 5, placement: null },
      story('a', 2, 1),
      story('lead', 1, 1),
      // A service strip or a 导读 never counts as a story, even if something sits in it.
      story('strip', 9, 1, 1, 'SERVICE'),
      story('teaser', 1, 6, 1, 'GUIDE'),
      empty(3, 1),
    ],
  },
  { number: 3, slots: [empty(1, 1)] },
  { number: 4, slots: [story('e', 1, 1, 1, 'PHOTO'), story('orphan', 2, 1, 2)] },
];

const ids = () => storySequence(issue).map((s) => `${s.pageNumber}:${s.articleId}`);

describe('reading order of an issue’s stories', () => {
  it('goes page by page, and on a page row by row, left to right', () => {
    expect(ids()).toEqual(['1:lead', '1:a', '1:b', '2:c', '2:d', '4:e', '4:orphan']);
  });

  it('counts a story that jumps pages once, where it starts', () => {
    expect(ids().filter((id) => id.endsWith(':a'))).toEqual(['1:a']);
    // Even when the continuation is on an earlier page than the start.
    const backwards = [
      { number: 1, slots: [story('x', 1, 1, 2), story('y', 2, 1)] },
      { number: 2, slots: [story('x', 1, 1)] },
    ];
    expect(storySequence(backwards).map((s) => `${s.pageNumber}:${s.articleId}`)).toEqual(['1:y', '2:x']);
  });

  it('skips 导读 and service slots', () => {
    expect(ids().some((id) => id.endsWith('teaser') || id.endsWith('strip'))).toBe(false);
  });

  it('carries each story’s headline and starting page', () => {
    expect(storySequence(issue)[1]).toEqual({ articleId: 'a', headline: '标题a', pageNumber: 1 });
  });
});

describe('上一篇/下一篇', () => {
  const neighbours = (id: string) => {
    const { previous, next } = storyNeighbours(issue, id);
    return [previous?.articleId ?? null, next?.articleId ?? null];
  };

  it('are the stories before and after on the same page', () => {
    expect(neighbours('a')).toEqual(['lead', 'b']);
  });

  it('cross to the next page’s first story and the previous page’s last one at a page’s ends', () => {
    expect(neighbours('b')).toEqual(['a', 'c']);
    expect(neighbours('c')).toEqual(['b', 'd']);
    // Page 3 has no story: page 2's last story leads on to page 4.
    expect(neighbours('d')).toEqual(['c', 'e']);
  });

  it('stop at the ends of the issue', () => {
    expect(neighbours('lead')).toEqual([null, 'a']);
    expect(neighbours('orphan')).toEqual(['e', null]);
  });

  it('are none for a story not in the issue, or only in a 导读', () => {
    expect(neighbours('nowhere')).toEqual([null, null]);
    expect(neighbours('teaser')).toEqual([null, null]);
  });

  it('of a one-story issue are none', () => {
    expect(storyNeighbours([{ number: 1, slots: [story('x', 1, 1)] }], 'x')).toEqual({ previous: null, next: null });
  });
});
