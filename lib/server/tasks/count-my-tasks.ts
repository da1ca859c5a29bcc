import 'server-only';
import { taskKindsFor, totalTasks, type TaskKind } from '@/lib/domain/tasks';
import type { Actor } from '../session';
import { TASK_QUERIES } from './task-queries';

/**
 * What the navigation's badge polls: how many items wait for the actor in the current
 * publication, per kind their roles there reach (each an indexed COUNT, run together),
 * and in all. Kinds the actor may not see are neither counted nor named.
 */
export async function countMyTasks({ actor }: { actor: Actor }): Promise<{ total: number; byKind: Partial<Record<TaskKind, number>> }> {
  const publicationId = actor.publicationId;
  if (!publicationId) return { total: 0, byKind: {} };
  const kinds = taskKindsFor(actor, publicationId);
  const counts = await Promise.all(kinds.map((kind) => TASK_QUERIES[kind].count({ actor, publicationId })));
  const byKind = Object.fromEntries(kinds.map((kind, index) => [kind, counts[index]])) as Partial<Record<TaskKind, number>>;
  return { total: totalTasks(byKind), byKind };
}
