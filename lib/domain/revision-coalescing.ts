// Saves arrive every few seconds while someone types. Keeping each one would
// bury the history, so a save joins the latest revision when the same person
// made it recently; a new revision starts when someone else saves, after a
// restore, after a workflow move (filed, sent back…: a new round of work), or
// every REVISION_WINDOW_MS of continuous writing.

export const REVISION_WINDOW_MS = 10 * 60 * 1000;

export type LatestRevision = { authorId: string; createdAt: Date; restoredFromVersion: number | null };

export function joinsLatestRevision(latest: LatestRevision | null, save: { authorId: string; at: Date; lastMoveAt?: Date | null }): boolean {
  if (!latest) return false;
  if (save.lastMoveAt && save.lastMoveAt >= latest.createdAt) return false;
  if (latest.authorId !== save.authorId) return false;
  if (latest.restoredFromVersion !== null) return false;
  const age = save.at.getTime() - latest.createdAt.getTime();
  return age >= 0 && age < REVISION_WINDOW_MS;
}
