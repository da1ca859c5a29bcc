import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { bodyPlainText } from '@/lib/tiptap/body';
import type { UpdateArticleInput } from '@/lib/schemas/article';
import { bylineRows } from './bylines';
import { syncArticleMedia } from '../media/sync-article-media';

/**
 * Writes a new version of a story's parts, body and bylines — only if it is
 * still at the version the edit was based on (optimistic concurrency), so a
 * save never overwrites someone else's. Returns the new version.
 */
export async function saveArticleVersion(tx: Prisma.TransactionClient, input: Omit<UpdateArticleInput, 'startRevision'>, publicationId: string): Promise<number> {
  const { id, version, bylines, body, ...fields } = input;
  const updated = await tx.article.updateMany({
    where: { id, version },
    data: { ...fields, body, bodyText: bodyPlainText(body), version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError('CONFLICT', 'articleChangedElsewhere');
  await tx.articleByline.deleteMany({ where: { articleId: id } });
  await tx.articleByline.createMany({ data: (await bylineRows(tx, bylines, publicationId)).map((row) => ({ ...row, articleId: id })) });
  await syncArticleMedia(tx, id, body);
  return version + 1;
}
