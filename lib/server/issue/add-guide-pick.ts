import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { GUIDE_MAX_LINES, readGuidePicks } from '@/lib/domain/guide-box';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/**
 * Adds a line to a 导读 box: a story that starts on a page of the same issue.
 * Its page is not stored: the box works it out whenever it is drawn.
 */
export async function addGuidePick({ actor, input }: { actor: Actor; input: { slotId: string; articleId: string; teaser: string | null } }) {
  const slot = await db.slot.findUnique({ where: { id: input.slotId }, select: { kind: true, pageId: true, page: { select: { issueId: true, issue: { select: { publicationId: true } } } } } });
  if (!slot) throw notFound();
  assertCan(actor, 'issue.plan', slot.page.issue.publicationId);
  if (slot.kind !== 'GUIDE') throw new AppError('CONFLICT', 'notAGuideSlot');
  const issueId = slot.page.issueId;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const placed = await tx.placement.findFirst({ where: { articleId: input.articleId, part: 1, slot: { page: { issueId } } }, select: { id: true } });
    if (!placed) throw new AppError('CONFLICT', 'guideStoryNotInIssue');
    const current = await tx.slot.findUniqueOrThrow({ where: { id: input.slotId }, select: { guidePicks: true } });
    const picks = readGuidePicks(current.guidePicks);
    if (picks.some((pick) => pick.articleId === input.articleId)) throw new AppError('CONFLICT', 'guideStoryTwice');
    if (picks.length >= GUIDE_MAX_LINES) throw new AppError('CONFLICT', 'guideFull', { max: GUIDE_MAX_LINES });
    const next = [...picks, { articleId: input.articleId, teaser: input.teaser }];
    await tx.slot.update({ where: { id: input.slotId }, data: { guidePicks: next as Prisma.InputJsonValue } });
    await withdrawSignatures(tx, { actor, issueId, pageIds: [slot.pageId] });
    await recordAudit(tx, { actor, action: 'issue.guideAdd', entityType: 'issue', entityId: issueId, details: { slotId: input.slotId, articleId: input.articleId } });
    return { issueId };
  });
}
