import { MEDIA_ID_PATTERN } from '@/lib/domain/media-variants';
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

export async function writeMediaFiles(mediaId: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const prefix = assetPrefix(mediaId);
  await Promise.all(files.map((file) => objectStore('media').put(prefix + fileName(file.name), file.bytes, contentTypeOf(file.name))));
}

export async function removeMediaFiles(mediaId: string): Promise<void> {
  await objectStore('media').deletePrefix(assetPrefix(mediaId));
}

export async function readMediaFile(mediaId: string, name: string): Promise<Buffer | null> {
  return objectStore('media').get(assetPrefix(mediaId) + fileName(name));
}
