import 'server-only';
import { TASK_KINDS, TASK_PERMISSION, taskKindsFor, type TaskKind } from '@/lib/domain/tasks';
import { AppError } from '@/lib/errors';
import { assertCan, currentPublicationOf, type Actor } from '../session';
import { TASK_QUERIES, type TaskItem } from './task-queries';

/** Items shown per kind; the count says how many there are in all. */
const PER_KIND = 50;

/**
 * 我的待办 in the current publication: for each kind the actor's roles there reach,
 * the count and the latest items. Asking for one `kind` the actor may not
 * see is refused (FORBIDDEN), not answered with an empty list.
 */
export async function listMyTasks({ actor, kind }: { actor: Actor; kind?: TaskKind }): Promise<{ kind: TaskKind; count: number; items: TaskItem[] }[]> {
  if (kind !== undefined) {
    if (!TASK_KINDS.includes(kind)) throw new AppError('INVALID', 'invalid');
    assertCan(actor, TASK_PERMISSION[kind], currentPublicationOf(actor));
  }
  const publicationId = actor.publicationId;
  if (!publicationId) return [];
  const kinds = kind ? [kind] : taskKindsFor(actor, publicationId);
  const scope = { actor, publicationId };
  return Promise.all(
    kinds.map(async (k) => {
      const [count, items] = await Promise.all([TASK_QUERIES[k].count(scope), TASK_QUERIES[k].list(scope, PER_KIND)]);
      return { kind: k, count, items };
    }),
  );
}
