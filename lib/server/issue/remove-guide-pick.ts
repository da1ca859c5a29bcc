import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { readGuidePicks } from '@/lib/domain/guide-box';
import { recordAudit } from '../audit';
import type { Actor } from '../session';
import { lockEditableIssue, withdrawSignatures } from './issue-guards';

/** Takes a line out of a 导读 box. */
export async function removeGuidePick({ actor, input }: { actor: Actor; input: { slotId: string; articleId: string } }) {
  const slot = await db.slot.findUnique({ where: { id: input.slotId }, select: { pageId: true, page: { select: { issueId: true } } } });
  if (!slot) throw notFound();
  const issueId = slot.page.issueId;
  return db.$transaction(async (tx) => {
    await lockEditableIssue(tx, issueId, { actor });
    const current = await tx.slot.findUniqueOrThrow({ where: { id: input.slotId }, select: { guidePicks: true } });
    const next = readGuidePicks(current.guidePicks).filter((pick) => pick.articleId !== input.articleId);
    await tx.slot.update({ where: { id: input.slotId }, data: { guidePicks: next as Prisma.InputJsonValue } });
    await withdrawSignatures(tx, { actor, issueId, pageIds: [slot.pageId] });
    await recordAudit(tx, { actor, action: 'issue.guideRemove', entityType: 'issue', entityId: issueId, details: { slotId: input.slotId, articleId: input.articleId } });
    return { issueId };
  });
}
