// Lines a Chinese paper prints around its stories. They are part of the printed
// page, so they stay in Chinese whatever the interface language.

/** `（来源：工人日报）` under a reprint. */
export function sourceLine(source: string): string {
  return `（来源：${source}）`;
}

/** The 署名 closing a story: see ./bylines. */
export { creditsLine } from './bylines';

/** `责任编辑/赵慧慧　美编/王莹莹` at the foot of a page. */
export function pageFootLine(editorName: string | null, artEditorName: string | null): string {
  return `责任编辑/${editorName ?? '—'}　美编/${artEditorName ?? '—'}`;
}

/** `准印证号：京内资准字 0710—L0070号`. */
export function permitLine(permitNumber: string): string {
  return `准印证号：${permitNumber}`;
}

/** `更正（2026年11月24日）：…` under a corrected story. */
export function correctionLine(date: string, note: string): string {
  return `更正（${date}）：${note}`;
}
