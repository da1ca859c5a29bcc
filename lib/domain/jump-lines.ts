// 转版: a story too long for its slot continues on another page. The lines that
// say so are worked out from the pages' current numbers every time a page is
// drawn, never typed or stored, so they stay right when pages are reordered
// or a story is moved.
import { chinesePageName } from './page-numbering';

/** `（下转四版）` closing the first part, pointing to the page the story continues on. */
export function jumpOutLine(toPage: number): string {
  return `（下转${chinesePageName(toPage)}）`;
}

/** `（上接一版）` opening the continuation, pointing back to where the story began. */
export function jumpInLine(fromPage: number): string {
  return `（上接${chinesePageName(fromPage)}）`;
}

type PlacedPart = { articleId: string; part: number; pageNumber: number };

/**
 * For every part of a jumped story, the page of its other part: part 1 points
 * forward to part 2's page, part 2 back to part 1's. Stories in one part get none.
 */
export function jumpPages(parts: PlacedPart[]): Map<string, { out?: number; in?: number }> {
  const byArticle = new Map<string, PlacedPart[]>();
  for (const part of parts) byArticle.set(part.articleId, [...(byArticle.get(part.articleId) ?? []), part]);
  const result = new Map<string, { out?: number; in?: number }>();
  for (const [articleId, placed] of byArticle) {
    const first = placed.find((p) => p.part === 1);
    const second = placed.find((p) => p.part === 2);
    if (first && second) result.set(articleId, { out: second.pageNumber, in: first.pageNumber });
  }
  return result;
}
