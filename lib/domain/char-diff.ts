// Chinese has no spaces between words, so revisions are compared character by
// character (jsdiff's diffChars, Myers' algorithm). Very different long texts
// would take too long that way, so past a budget the comparison falls back to
// whole lines, which is still exact, only coarser.
import { diffChars, diffLines } from 'diff';

export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string };

const CHARACTER_DIFF_BUDGET_MS = 1500;

export function diffByCharacter(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffChars(before, after, { timeout: CHARACTER_DIFF_BUDGET_MS }) ?? diffLines(before, after);
  return changes.filter((change) => change.value).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** How many characters were added and removed (for a one-line summary). */
export function diffSummary(segments: DiffSegment[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const segment of segments) {
    const length = [...segment.text].length;
    if (segment.kind === 'added') added += length;
    if (segment.kind === 'removed') removed += length;
  }
  return { added, removed };
}
