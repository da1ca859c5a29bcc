import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MEDIA_ID_PATTERN } from '@/lib/domain/media-variants';

/** Where image files live: MEDIA_DIR, or .data/media beside the app. */
export function mediaDir(): string {
  // Outside the build's file tracing: the folder holds data, not code.
  return path.resolve(/* turbopackIgnore: true */ process.env.MEDIA_DIR || '.data/media');
}

// Ids and file names are checked against strict patterns before they reach a
// path, so nothing from a URL can walk out of the media directory.
function assetDir(mediaId: string): string {
  if (!MEDIA_ID_PATTERN.test(mediaId)) throw new Error(`Bad media id: ${mediaId}`);
  return path.join(/* turbopackIgnore: true */ mediaDir(), mediaId);
}

export async function writeMediaFiles(mediaId: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const dir = assetDir(mediaId);
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((file) => writeFile(path.join(/* turbopackIgnore: true */ dir, path.basename(file.name)), file.bytes)));
}

export async function removeMediaFiles(mediaId: string): Promise<void> {
  await rm(assetDir(mediaId), { recursive: true, force: true });
}

export async function readMediaFile(mediaId: string, name: string): Promise<Buffer | null> {
  try {
    return await readFile(path.join(/* turbopackIgnore: true */ assetDir(mediaId), path.basename(name)));
  } catch {
    return null;
  }
}
