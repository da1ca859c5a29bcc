// 我的待办: the kinds of work that wait for a staff member, and which permission
// (in the publication the work belongs to) lets someone see each kind at all.
// Which items of a kind are theirs (their own stories, pages naming them) is
// decided in the data layer's queries (lib/server/tasks/task-queries.ts).
import { allows, type Access, type ScopedPermission } from '@/lib/permissions';

export const TASK_KINDS = ['sentBack', 'comments', 'awaitingEdit', 'pagesSentBack', 'proofMarks', 'issueSentBack', 'awaitingSignOff'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * - sentBack: my stories returned to me (退稿): whoever files stories.
 * - comments: open 批注 by others on my stories: whoever writes stories.
 * - awaitingEdit: filed stories no editor has taken up yet: whoever edits copy.
 * - pagesSentBack: pages the chief editor sent back that name me as 责任编辑 or 美编
 *   (a page naming no 责任编辑: every page editor): page and art editors.
 * - proofMarks: open 校对 marks on pages I am responsible for: whoever marks them fixed.
 * - issueSentBack: issues returned to planning with a reason: whoever sends issues for sign-off.
 * - awaitingSignOff: issues sent for 签发: the chief editor.
 */
export const TASK_PERMISSION: Record<TaskKind, ScopedPermission> = {
  sentBack: 'article.file',
  comments: 'article.write',
  awaitingEdit: 'article.edit',
  pagesSentBack: 'page.answer',
  proofMarks: 'issue.plan',
  issueSentBack: 'issue.submit',
  awaitingSignOff: 'issue.signOff',
};

/** The kinds `access` sees in `publicationId`, in the order the list shows them. */
export function taskKindsFor(access: Access, publicationId: string | null): TaskKind[] {
  if (!publicationId) return [];
  return TASK_KINDS.filter((kind) => allows(access, TASK_PERMISSION[kind], publicationId));
}

/** Every item counts once; the navigation shows the sum. */
export function totalTasks(counts: Partial<Record<TaskKind, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}
