import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { MediaVariant } from '@/lib/domain/media-variants';
import { recordAudit } from '../audit';
import { assertCan, type Actor } from '../session';
import { removeMediaFiles, writeMediaFiles } from './media-store';
import { processImage } from './process-image';

export type UploadedMedia = { id: string; width: number; height: number; contentType: string };

/** Stores an uploaded image and its variants; refuses anything that is not a sound image within the limits. */
export async function uploadMedia({ actor, fileName, bytes }: { actor: Actor; fileName: string; bytes: Uint8Array }): Promise<UploadedMedia> {
  assertCan(actor, 'media.upload');
  const image = await processImage(bytes);
  const variants: MediaVariant[] = image.variants.map(({ bytes: _bytes, ...variant }) => variant);
  // Files first, under an id made here, and the row after them: the database waits for no
  // network write to the object store, and a row never points at files that are not there.
  // A failed write is refused as a whole (writeMediaFiles removes what it wrote).
  const mediaId = `m${randomBytes(12).toString('hex')}`;
  await writeMediaFiles(mediaId, [image.original, ...image.variants.map((v) => ({ name: v.file, bytes: v.bytes }))]);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.mediaAsset.create({
        data: {
          id: mediaId,
          uploaderId: actor.id,
          originalName: fileName.slice(0, 255) || 'image',
          contentType: image.contentType,
          byteSize: bytes.length,
          width: image.width,
          height: image.height,
          variants,
        },
        select: { id: true, width: true, height: true, contentType: true },
      });
      await recordAudit(tx, { actor, action: 'media.upload', entityType: 'media', entityId: created.id, details: { fileName: fileName.slice(0, 255), byteSize: bytes.length } });
      return created;
    });
  } catch (error) {
    // The row was not kept: its files go too.
    await removeMediaFiles(mediaId).catch((cleanup) => console.error(`[storage] removing the files of image ${mediaId} failed:`, cleanup));
    throw error;
  }
}
