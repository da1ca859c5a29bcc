import 'server-only';
import type { JSONContent } from '@tiptap/core';
import type { Prisma } from '@/lib/generated/prisma/client';
import { figureMediaIds } from '@/lib/tiptap/figure';

/**
 * Keeps the story's image links equal to the figures in its body, in the same
 * transaction as the save: the image route decides from these links whether a
 * visitor may fetch an image. Ids of images that do not exist are ignored.
 */
export async function syncArticleMedia(tx: Prisma.TransactionClient, articleId: string, body: JSONContent): Promise<void> {
  const wanted = figureMediaIds(body);
  const existing = wanted.length ? await tx.mediaAsset.findMany({ where: { id: { in: wanted } }, select: { id: true } }) : [];
  const ids = existing.map((asset) => asset.id);
  await tx.articleMedia.deleteMany({ where: { articleId, mediaId: { notIn: ids } } });
  if (ids.length) await tx.articleMedia.createMany({ data: ids.map((mediaId) => ({ articleId, mediaId })), skipDuplicates: true });
}
