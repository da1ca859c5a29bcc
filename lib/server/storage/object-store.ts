import { folderStore } from './folder-store';

/**
 * Where the app keeps files it makes or receives (uploaded photos and their
 * variants, rendered PDFs). Every app server must see the same files, so in
 * production with several servers this is S3-compatible object storage; a
 * folder on one machine is the zero-configuration default.
 *
 * Keys are relative paths such as `<mediaId>/<file>`, built by the callers
 * from checked ids and names only.
 */
export interface ObjectStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes every object whose key starts with `prefix` (e.g. `<mediaId>/`). */
  deletePrefix(prefix: string): Promise<void>;
}

/** The kinds of files kept, each in its own folder or key prefix. */
export type StoreName = 'media' | 'renders';

const stores = new Map<StoreName, ObjectStore>();

/** The store for `name`, as configured (see README, "Production"). */
export function objectStore(name: StoreName): ObjectStore {
  let store = stores.get(name);
  if (!store) {
    store = folderStore(name);
    stores.set(name, store);
  }
  return store;
}
