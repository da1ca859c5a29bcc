import { MEDIA_ID_PATTERN } from '@/lib/domain/media-variants';
import { AppError } from '@/lib/errors';
import { objectStore } from '../storage/object-store';

// Ids and file names are checked against strict patterns before they become a
// key, so nothing from a URL can reach another image's files.
function assetPrefix(mediaId: string): string {
  if (!MEDIA_ID_PATTERN.test(mediaId)) throw new Error(`Bad media id: ${mediaId}`);
  return `${mediaId}/`;
}

const fileName = (name: string) => name.split('/').pop()!;

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', avif: 'image/avif' };
const contentTypeOf = (name: string) => CONTENT_TYPES[name.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';

/** The refusal when the object store cannot take files (down, full, refusing our keys): uploads say so in Chinese. */
export const storageUnavailable = () => new AppError('UNAVAILABLE', 'storageUnavailable');

/**
 * Writes an image's files. When the store fails, whatever was written is removed
 * (as far as the store lets us) and the caller gets storageUnavailable, so the
 * upload is refused as a whole; the cause goes to the server log.
 */
export async function writeMediaFiles(mediaId: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const prefix = assetPrefix(mediaId);
  const store = objectStore('media');
  const results = await Promise.allSettled(files.map((file) => store.put(prefix + fileName(file.name), file.bytes, contentTypeOf(file.name))));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (!failed) return;
  console.error(`[storage] writing the files of image ${mediaId} failed:`, failed.reason);
  await removeMediaFiles(mediaId).catch((error) => console.error(`[storage] removing the partly written files of image ${mediaId} failed:`, error));
  throw storageUnavailable();
}

export async function removeMediaFiles(mediaId: string): Promise<void> {
  await objectStore('media').deletePrefix(assetPrefix(mediaId));
}

export async function readMediaFile(mediaId: string, name: string): Promise<Buffer | null> {
  return objectStore('media').get(assetPrefix(mediaId) + fileName(name));
}
