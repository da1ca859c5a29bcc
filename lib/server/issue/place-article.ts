import 'server-only';
import { db } from '@/lib/db';
import { PLACEABLE } from '@/lib/domain/article-workflow';
import { PLACEABLE_KINDS } from '@/lib/domain/page-templates';
import { AppError, notFound } from '@/lib/errors';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/** Puts a story into an empty slot. A slot holds one story; a story starts in one slot. */
export async function placeArticle({ actor, slotId, articleId }: { actor: Actor; slotId: string; articleId: string }) {
  const slot = await db.slot.findUnique({ where: { id: slotId }, select: { pageId: true, kind: true, page: { select: { issueId: true } } } });
  if (!slot) throw notFound();
  if (!PLACEABLE_KINDS.includes(slot.kind)) throw new AppError('INVALID', 'slotNotForStories');
  try {
    return await db.$transaction(async (tx) => {
      const { publicationId } = await lockEditableIssue(tx, slot.page.issueId, { actor });
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { status: true, publicationId: true } });
      // A story of another paper is never placed here (and is not said to exist).
      if (!article || article.publicationId !== publicationId) throw notFound();
      if (article.status === 'PLACED' || article.status === 'PUBLISHED') throw new AppError('CONFLICT', 'articleAlreadyPlaced');
      if (!PLACEABLE.includes(article.status)) throw new AppError('CONFLICT', 'articleNotPlaceable');
      const placement = await tx.placement.create({ data: { slotId, articleId, part: 1 }, select: { id: true } });
      await tx.article.update({ where: { id: articleId }, data: { status: 'PLACED' } });
      await withdrawSignatures(tx, { actor, issueId: slot.page.issueId, pageIds: [slot.pageId] });
      await recordAudit(tx, { actor, action: 'issue.place', entityType: 'issue', entityId: slot.page.issueId, details: { slotId, articleId } });
      return placement;
    });
  } catch (error) {
    const target = uniqueViolationTarget(error);
    if (target?.includes('slotId')) throw new AppError('CONFLICT', 'slotTaken');
    if (target) throw new AppError('CONFLICT', 'articleAlreadyPlaced');
    throw error;
  }
}
