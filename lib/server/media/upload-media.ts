import 'server-only';
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
  const asset = await db.$transaction(async (tx) => {
    const created = await tx.mediaAsset.create({
      data: {
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
    // Files first, inside the transaction: a failed write leaves no row pointing at nothing.
    try {
      await writeMediaFiles(created.id, [image.original, ...image.variants.map((v) => ({ name: v.file, bytes: v.bytes }))]);
    } catch (error) {
      await removeMediaFiles(created.id);
      throw error;
    }
    await recordAudit(tx, { actor, action: 'media.upload', entityType: 'media', entityId: created.id, details: { fileName: fileName.slice(0, 255), byteSize: bytes.length } });
    return created;
  });
  return asset;
}
