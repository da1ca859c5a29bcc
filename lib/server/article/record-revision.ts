import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleSnapshot } from '@/lib/domain/article-snapshot';
import { countCharacters } from '@/lib/domain/char-count';
import { joinsLatestRevision } from '@/lib/domain/revision-coalescing';
import type { Actor } from '../session';

/** Audit actions on a story that are not a new round of work. */
const NOT_MOVES = ['article.create', 'article.update', 'article.comment', 'article.commentResolve', 'article.commentReopen', 'article.setTarget'];

/** The snapshot a revision keeps, from the input a save wrote. */
export function snapshotOf(input: { bylines: string[]; body: unknown; bodyText: string } & Partial<Record<string, unknown>>): ArticleSnapshot {
  const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string) : '');
  return {
    columnLabel: text('columnLabel'),
    kicker: text('kicker'),
    headline: text('headline'),
    subheadline: text('subheadline'),
    namesLine: text('namesLine'),
    dateline: text('dateline'),
    bylines: input.bylines.join(' '),
    source: text('source'),
    credits: text('credits'),
    body: input.body,
    bodyText: input.bodyText,
  };
}

/**
 * Keeps the state a save wrote as a revision, in the save's own transaction:
 * joined to the latest revision while the same person keeps writing, a new one
 * otherwise (lib/domain/revision-coalescing.ts). Says which, so the audit
 * trail records one line per revision rather than one per autosave.
 */
export async function recordRevision(
  tx: Prisma.TransactionClient,
  options: { actor: Actor; articleId: string; version: number; snapshot: ArticleSnapshot; restoredFromVersion?: number; startNew?: boolean },
) {
  const { actor, articleId, version, snapshot, restoredFromVersion, startNew } = options;
  const data = { version, snapshot: snapshot as Prisma.InputJsonValue, charCount: countCharacters(snapshot.bodyText) };
  const latest = await tx.articleRevision.findFirst({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, authorId: true, createdAt: true, restoredFromVersion: true },
  });
  // Workflow moves (filed, sent back, placed…) are in the audit trail; the last one bounds the revision.
  const lastMove = await tx.auditEvent.findFirst({
    where: { entityType: 'article', entityId: articleId, action: { notIn: NOT_MOVES } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  if (!startNew && restoredFromVersion === undefined && joinsLatestRevision(latest, { authorId: actor.id, at: new Date(), lastMoveAt: lastMove?.createdAt })) {
    await tx.articleRevision.update({ where: { id: latest!.id }, data });
    return { startedRevision: false };
  }
  await tx.articleRevision.create({ data: { ...data, articleId, authorId: actor.id, restoredFromVersion } });
  return { startedRevision: true };
}
