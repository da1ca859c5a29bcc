import 'server-only';
import { randomBytes } from 'node:crypto';
import type { MediaVariant } from '@/lib/domain/media-variants';
import { sniffImageType } from '@/lib/domain/image-sniff';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { removeMediaFiles, writeMediaFiles } from '../media/media-store';
import { processImage } from '../media/process-image';

export type NameplateUpload = { fileName: string; bytes: Uint8Array };

/** PNG, JPEG or WebP. SVG is refused (it can carry script; a calligraphy scan is a raster anyway). */
const NAMEPLATE_TYPES = new Set(['png', 'jpeg', 'webp']);

/**
 * Checks a nameplate (报头) image and writes its files through the media
 * pipeline (re-encoded from pixels into WebP and JPEG at masthead, PDF and
 * reader widths). Returns how to record it inside the caller's transaction.
 * Called only by updatePublication, after it has checked the actor may manage the publication.
 */
export async function storeNameplateImage({ uploaderId, upload }: { uploaderId: string; upload: NameplateUpload }) {
  const type = sniffImageType(upload.bytes);
  if (!type || !NAMEPLATE_TYPES.has(type)) throw new AppError('INVALID', 'nameplateType');
  const image = await processImage(upload.bytes);
  // Written before its row exists, so the id is made here (lower-case letters and digits, as media ids are).
  const mediaId = `n${randomBytes(12).toString('hex')}`;
  await writeMediaFiles(mediaId, [image.original, ...image.variants.map((v) => ({ name: v.file, bytes: v.bytes }))]);
  const variants: MediaVariant[] = image.variants.map(({ bytes: _bytes, ...variant }) => variant);
  return {
    mediaId,
    save: (tx: Prisma.TransactionClient) =>
      tx.mediaAsset
        .create({
          data: {
            id: mediaId,
            uploaderId,
            originalName: upload.fileName.slice(0, 255) || 'nameplate',
            contentType: image.contentType,
            byteSize: upload.bytes.length,
            width: image.width,
            height: image.height,
            variants,
          },
          select: { id: true },
        })
        .catch(async (error: unknown) => {
          await removeMediaFiles(mediaId);
          throw error;
        }),
  };
}
