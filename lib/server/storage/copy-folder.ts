import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { storageKeyProblem } from '@/lib/domain/storage-key';
import type { ObjectStore } from './object-store';

export type CopyCounts = { copied: number; unchanged: number; skipped: string[]; failed: string[] };

const CONTENT_TYPES: Record<string, string> = {
  webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', avif: 'image/avif', pdf: 'application/pdf',
};
const contentTypeOf = (key: string) => CONTENT_TYPES[key.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';

/** Every file under `folder`, as storage keys (`<id>/<file>`); none when the folder does not exist. */
async function filesUnder(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Copies every file of a store's folder into `target` under the same key, a few
 * at a time. Idempotent: a key the target already holds with the same bytes is
 * counted as unchanged and not written again; different bytes are replaced.
 * Files whose names are not storage keys are skipped and named.
 */
export async function copyFolderToStore({ folder, target, concurrency = 8 }: { folder: string; target: ObjectStore; concurrency?: number }): Promise<CopyCounts> {
  const counts: CopyCounts = { copied: 0, unchanged: 0, skipped: [], failed: [] };
  const keys = await filesUnder(folder);
  let next = 0;
  async function worker() {
    while (next < keys.length) {
      const key = keys[next++];
      if (storageKeyProblem(key)) {
        counts.skipped.push(key);
        continue;
      }
      try {
        const bytes = await readFile(path.join(folder, ...key.split('/')));
        const existing = await target.get(key);
        if (existing && existing.equals(bytes)) {
          counts.unchanged++;
          continue;
        }
        await target.put(key, bytes, contentTypeOf(key));
        counts.copied++;
      } catch (error) {
        counts.failed.push(`${key}: ${(error as Error).message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return counts;
}
