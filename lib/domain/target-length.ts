// 目标字数: an editor asks for a story of a given length; the writer sees how far
// the live count is from it.

export type TargetProgress = { state: 'none' } | { state: 'under' | 'over' | 'met'; difference: number };

/** Within 2% (at least 10 characters) of the target counts as met, as editors allow. */
export function targetProgress(count: number, target: number | null | undefined): TargetProgress {
  if (!target || target <= 0) return { state: 'none' };
  const tolerance = Math.max(10, Math.round(target * 0.02));
  const difference = count - target;
  if (Math.abs(difference) <= tolerance) return { state: 'met', difference: Math.abs(difference) };
  return difference < 0 ? { state: 'under', difference: -difference } : { state: 'over', difference };
}
