import 'server-only';
import { db } from '@/lib/db';
import { movePage as reorder } from '@/lib/domain/page-order';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';
import { applyPageOrder, pagesInOrder } from './page-layout';

/**
 * Moves a page to another position; the pages between are renumbered and lose
 * their signatures (their printed number changed). `from` is the number the
 * editor saw: if someone moved the page meanwhile, nothing happens and they are told.
 */
export async function movePage({ actor, pageId, from, to }: { actor: Actor; pageId: string; from: number; to: number }) {
  const found = await db.page.findUnique({ where: { id: pageId }, select: { issueId: true } });
  if (!found) throw notFound();
  const { issueId } = found;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const pages = await pagesInOrder(tx, issueId);
    const index = pages.findIndex((p) => p.id === pageId);
    if (index === -1) throw notFound();
    if (pages[index].number !== from) throw new AppError('CONFLICT', 'layoutChangedElsewhere');
    if (to > pages.length) throw new AppError('INVALID', 'pageNumberInvalid');
    const order = reorder(pages.map((p) => p.id), index, to - 1);
    const renumbered = await applyPageOrder(tx, pages, order);
    await withdrawSignatures(tx, { actor, issueId, pageIds: renumbered });
    if (renumbered.length) await recordAudit(tx, { actor, action: 'issue.movePage', entityType: 'issue', entityId: issueId, details: { from, to } });
    return { number: to };
  });
}
