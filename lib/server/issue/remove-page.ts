import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';
import { applyPageOrder, pagesInOrder } from './page-layout';

/**
 * Removes a page. A page with stories on it is refused unless the editor
 * confirmed taking them off: they go back to the ready list, with any part of
 * them on other pages. The pages after it move up; 本期N版 shrinks.
 */
export async function removePage({ actor, pageId, takeOffStories }: { actor: Actor; pageId: string; takeOffStories: boolean }) {
  const found = await db.page.findUnique({ where: { id: pageId }, select: { issueId: true } });
  if (!found) throw notFound();
  const { issueId } = found;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const pages = await pagesInOrder(tx, issueId);
    const page = pages.find((p) => p.id === pageId);
    if (!page) throw notFound();
    if (pages.length === 1) throw new AppError('INVALID', 'lastPage');
    const onPage = await tx.placement.findMany({ where: { slot: { pageId } }, select: { articleId: true } });
    if (onPage.length > 0 && !takeOffStories) throw new AppError('CONFLICT', 'pageHasStories', { count: onPage.length });

    const articleIds = [...new Set(onPage.map((p) => p.articleId))];
    const elsewhere = await tx.placement.findMany({ where: { articleId: { in: articleIds }, slot: { pageId: { not: pageId } } }, select: { slot: { select: { pageId: true } } } });
    await tx.placement.deleteMany({ where: { articleId: { in: articleIds } } });
    await tx.article.updateMany({ where: { id: { in: articleIds } }, data: { status: 'READY' } });
    await tx.page.delete({ where: { id: pageId } });

    const rest = pages.filter((p) => p.id !== pageId);
    const renumbered = await applyPageOrder(tx, rest, rest.map((p) => p.id));
    await withdrawSignatures(tx, { actor, issueId, pageIds: [...renumbered, rest[0].id, ...elsewhere.map((p) => p.slot.pageId)] });
    await recordAudit(tx, { actor, action: 'issue.removePage', entityType: 'issue', entityId: issueId, details: { page: page.number, storiesTakenOff: articleIds } });
    return { removed: page.number, storiesTakenOff: articleIds.length };
  });
}
