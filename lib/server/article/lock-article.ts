import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError, notFound } from '@/lib/errors';

/**
 * Locks, for the rest of the transaction, the issues a story is placed in and
 * then the story itself, and reads the story as it is now. Publishing,
 * scheduling and every layout change update the issue row, so they wait for an
 * edit that holds these locks, and the edit waits for them: the check that the
 * issue has not gone out and the write are one step. Issues first, in id order,
 * the order layout changes take, so two writers cannot deadlock.
 */
export async function lockArticleForWrite(tx: Prisma.TransactionClient, articleId: string) {
  // A story placed elsewhere between the two reads is read again under its new issue's lock.
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await placedIssueIds(tx, articleId);
    if (before.length) await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ANY(${before}) ORDER BY id FOR UPDATE`;
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
    if (locked.length === 0) throw notFound();
    const after = await placedIssueIds(tx, articleId);
    if (after.every((id) => before.includes(id))) {
      return tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { authorId: true, status: true, publicationId: true, placements: { select: { slot: { select: { pageId: true, page: { select: { issueId: true, issue: { select: { status: true } } } } } } } } },
      });
    }
  }
  throw new AppError('CONFLICT', 'articleChangedElsewhere');
}

async function placedIssueIds(tx: Prisma.TransactionClient, articleId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ issueId: string }[]>`
    SELECT DISTINCT page."issueId" FROM "Placement" placement
    JOIN "Slot" slot ON slot.id = placement."slotId"
    JOIN "Page" page ON page.id = slot."pageId"
    WHERE placement."articleId" = ${articleId}`;
  return rows.map((row) => row.issueId).sort();
}

/** A story on the pages of an issue that has gone out (or will at its time) is frozen: only a correction changes it. */
export function isInIssueGoneOut(article: { placements: { slot: { page: { issue: { status: string } } } }[] }) {
  return article.placements.some((p) => p.slot.page.issue.status === 'PUBLISHED' || p.slot.page.issue.status === 'SCHEDULED');
}
