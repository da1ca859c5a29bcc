// No `server-only` guard here: the seed and the operator scripts (storage:copy)
// write through the same stores outside Next.js.
import { folderStore } from './folder-store';
import { s3Store } from './s3-store';
import { storageSettings, storageSignature } from './storage-config';

/**
 * Where the app keeps files it makes or receives (uploaded photos and their
 * variants, rendered PDFs). Every app server must see the same files, so in
 * production with several servers this is S3-compatible object storage; a
 * folder on one machine is the zero-configuration default.
 *
 * Keys are relative paths such as `<mediaId>/<file>`, built by the callers
 * from checked ids and names only; both back ends refuse any other
 * (lib/domain/storage-key.ts).
 */
export interface ObjectStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Removes every object under the folder-like `prefix` (e.g. `<mediaId>/`). */
  deletePrefix(prefix: string): Promise<void>;
}

/** The kinds of files kept, each in its own folder or key prefix. */
export type StoreName = 'media' | 'renders';

const stores = new Map<StoreName, { signature: string; store: ObjectStore }>();

/**
 * The store for `name`, as configured (STORAGE and S3_*; see README,
 * "Production", "Storage"). Throws StorageConfigError when the settings are
 * unusable. Reopened when the settings change (tests switch back ends).
 */
export function objectStore(name: StoreName): ObjectStore {
  const signature = storageSignature();
  const open = stores.get(name);
  if (open?.signature === signature) return open.store;
  const settings = storageSettings();
  const store =
    settings.STORAGE === 's3'
      ? s3Store(name, {
          endpoint: settings.S3_ENDPOINT,
          region: settings.S3_REGION,
          bucket: settings.S3_BUCKET,
          accessKeyId: settings.S3_ACCESS_KEY_ID,
          secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
          forcePathStyle: settings.S3_FORCE_PATH_STYLE,
        })
      : folderStore(name);
  stores.set(name, { signature, store });
  return store;
}
