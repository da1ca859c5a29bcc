import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkedStorageKey, checkedStoragePrefix } from '@/lib/domain/storage-key';
import type { ObjectStore, StoreName } from './object-store';

const FOLDER_ENV: Record<StoreName, { env: string; fallback: string }> = {
  media: { env: 'MEDIA_DIR', fallback: '.data/media' },
  renders: { env: 'RENDERS_DIR', fallback: '.data/renders' },
};

/** The folder a store keeps its files in: its environment variable, or .data/<name> beside the app. */
export function storeFolder(name: StoreName): string {
  const { env, fallback } = FOLDER_ENV[name];
  // Outside the build's file tracing: the folder holds data, not code.
  return path.resolve(/* turbopackIgnore: true */ process.env[env] || fallback);
}

// Keys come from checked ids and names, and a key that could leave the folder
// is refused (lib/domain/storage-key.ts); the resolved path is checked too.
function fileOf(root: string, key: string): string {
  const file = path.resolve(/* turbopackIgnore: true */ root, checkedStorageKey(key));
  if (!file.startsWith(root + path.sep)) throw new Error(`Bad storage key: ${key}`);
  return file;
}

/** Files in a folder on this machine: the default for a single server. */
export function folderStore(name: StoreName): ObjectStore {
  // Read per call: tests point MEDIA_DIR at a fresh folder after import.
  const root = () => storeFolder(name);
  return {
    async put(key, bytes) {
      const file = fileOf(root(), key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async get(key) {
      try {
        return await readFile(fileOf(root(), key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async deletePrefix(prefix) {
      const target = fileOf(root(), checkedStoragePrefix(prefix).slice(0, -1));
      await rm(target, { recursive: true, force: true });
    },
  };
}
