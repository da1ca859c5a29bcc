import 'server-only';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { readSnapshot, SNAPSHOT_TEXT_FIELDS, type SnapshotTextField } from '@/lib/domain/article-snapshot';
import { diffByCharacter, diffSummary, type DiffSegment } from '@/lib/domain/char-diff';
import type { Actor } from '../session';
import { canReadArticle } from './article-access';

export type FieldDiff = { field: SnapshotTextField | 'body'; segments: DiffSegment[]; added: number; removed: number };

/** Two revisions of a story compared part by part, character by character. */
export async function compareRevisions({ actor, articleId, fromId, toId }: { actor: Actor; articleId: string; fromId: string; toId: string }) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true, publicationId: true } });
  if (!article) throw notFound();
  if (!canReadArticle(actor, article)) throw forbidden();
  const revisions = await db.articleRevision.findMany({
    where: { articleId, id: { in: [fromId, toId] } },
    select: { id: true, version: true, snapshot: true, createdAt: true, author: { select: { name: true } } },
  });
  const from = revisions.find((r) => r.id === fromId);
  const to = revisions.find((r) => r.id === toId);
  if (!from || !to) throw notFound();
  const before = readSnapshot(from.snapshot);
  const after = readSnapshot(to.snapshot);
  const diffs: FieldDiff[] = [...SNAPSHOT_TEXT_FIELDS, 'body' as const].map((field) => {
    const segments = diffByCharacter(field === 'body' ? before.bodyText : before[field], field === 'body' ? after.bodyText : after[field]);
    return { field, segments, ...diffSummary(segments) };
  });
  const meta = (r: typeof from) => ({ id: r.id, version: r.version, createdAt: r.createdAt, author: r.author.name });
  return { from: meta(from), to: meta(to), diffs };
}
