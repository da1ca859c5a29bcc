// 导读: the front page's in-this-issue box. Each line is a teaser for a story
// inside, pointing to its page — `区图书馆夜间开放——详见三版`. The page is worked
// out from where the story is placed now, every time the box is drawn, so it
// stays right when pages are reordered or the story is moved.
import { chinesePageName } from './page-numbering';

/** What the editor picked: a story and, optionally, a teaser shorter than its headline. */
export type GuidePick = { articleId: string; teaser: string | null };

export type GuideLine = {
  articleId: string;
  teaser: string;
  /** Where the story starts now; null when it is not (or no longer) on a page of this issue */
  pageNumber: number | null;
  /** `——详见三版`, or null when the story has no page */
  reference: string | null;
};

export const GUIDE_MAX_LINES = 8;
export const GUIDE_TEASER_MAX = 40;

export function guideReference(pageNumber: number): string {
  return `——详见${chinesePageName(pageNumber)}`;
}

/**
 * The lines of a 导读 box from the editor's picks, the pages where stories
 * start (part 1) and their headlines (the teaser when none was written).
 */
export function guideLines(picks: GuidePick[], startPages: Map<string, number>, headlines: Map<string, string>): GuideLine[] {
  return picks.map((pick) => {
    const pageNumber = startPages.get(pick.articleId) ?? null;
    return {
      articleId: pick.articleId,
      teaser: pick.teaser?.trim() || headlines.get(pick.articleId) || '',
      pageNumber,
      reference: pageNumber === null ? null : guideReference(pageNumber),
    };
  });
}

/** Reads a slot's stored picks defensively: unknown shapes become nothing. */
export function readGuidePicks(value: unknown): GuidePick[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is { articleId: string; teaser?: unknown } => !!item && typeof item === 'object' && typeof (item as { articleId?: unknown }).articleId === 'string')
    .map((item) => ({ articleId: item.articleId, teaser: typeof item.teaser === 'string' ? item.teaser : null }))
    .slice(0, GUIDE_MAX_LINES);
}
