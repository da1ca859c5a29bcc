// The reader site's page titles name the paper, as a browser tab, a bookmark and
// a search result show them: "要闻 第01版 2024年4月29日 - 望河报". The software's
// own name belongs to the newsroom's titles only (app/layout.tsx).
import { pageNumberLabel } from './page-numbering';

/** `<what> - <paper>`: a story's headline, 往期回顾, 搜索. Empty parts are left out. */
export function readerTitle(subject: string, paperName: string): string {
  const what = subject.trim();
  const paper = paperName.trim();
  return what && paper ? `${what} - ${paper}` : what || paper;
}

/** A printed page of an issue: `要闻 第01版 2024年4月29日 - 望河报` (no name: `第01版 …`). */
export function readerPageTitle(page: { number: number; name?: string | null }, date: string, paperName: string): string {
  const subject = [page.name?.trim(), `第${pageNumberLabel(page.number)}版`, date.trim()].filter(Boolean).join(' ');
  return readerTitle(subject, paperName);
}
