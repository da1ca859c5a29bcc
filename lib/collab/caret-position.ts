/** One step of a Y.Text change, as Yjs reports it (event.delta). */
export type TextDelta = { retain?: number; insert?: unknown; delete?: number }[];

/**
 * Where a caret at `index` belongs after someone else's change to the text:
 * text inserted or deleted before it moves it, text after it does not, and text
 * inserted right at it goes after it, so a caret is never pushed by a letter
 * someone else typed where it stands.
 */
export function mapIndexThroughDelta(index: number, delta: TextDelta): number {
  let oldPosition = 0;
  let shift = 0;
  for (const step of delta) {
    if (oldPosition >= index) break;
    if (step.retain) oldPosition += step.retain;
    else if (step.insert !== undefined) shift += typeof step.insert === 'string' ? step.insert.length : 1;
    else if (step.delete) {
      shift -= Math.min(step.delete, index - oldPosition);
      oldPosition += step.delete;
    }
  }
  return Math.max(0, index + shift);
}
