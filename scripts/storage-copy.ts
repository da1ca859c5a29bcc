// npm run storage:copy — moves an install from the folder back end to S3-compatible
// object storage: copies every file of the media and renders folders (MEDIA_DIR,
// RENDERS_DIR, by default .data/media and .data/renders) into the bucket that
// STORAGE=s3 and the S3_* variables name (README, "Production", "Storage").
// Safe to run again: files already copied are left alone. It first writes, reads
// and deletes a probe object, so wrong keys or a wrong bucket stop it at once.
import { randomBytes } from 'node:crypto';
import { storeFolder } from '@/lib/server/storage/folder-store';
import { copyFolderToStore } from '@/lib/server/storage/copy-folder';
import { objectStore, type StoreName } from '@/lib/server/storage/object-store';
import { storageSettings, StorageConfigError } from '@/lib/server/storage/storage-config';

async function main(): Promise<number> {
  let settings;
  try {
    settings = storageSettings();
  } catch (error) {
    if (error instanceof StorageConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (settings.STORAGE !== 's3') {
    console.error('storage:copy copies the folders into S3-compatible object storage: set STORAGE=s3 and the S3_* variables (README, "Production", "Storage").');
    return 2;
  }
  console.log(`Copying into bucket ${settings.S3_BUCKET} at ${settings.S3_ENDPOINT}`);

  const probeKey = `storage-copy-probe-${randomBytes(6).toString('hex')}/probe.txt`;
  const probe = new TextEncoder().encode('masthead storage:copy probe');
  try {
    await objectStore('media').put(probeKey, probe, 'text/plain');
    const read = await objectStore('media').get(probeKey);
    if (!read || !read.equals(Buffer.from(probe))) throw new Error('the probe object read back differs from what was written');
    await objectStore('media').deletePrefix(probeKey.split('/')[0]);
  } catch (error) {
    console.error(`The bucket cannot be written and read back (check the endpoint, bucket, keys and region): ${(error as Error).message}`);
    return 1;
  }

  let failures = 0;
  for (const name of ['media', 'renders'] as StoreName[]) {
    const folder = storeFolder(name);
    const counts = await copyFolderToStore({ folder, target: objectStore(name) });
    const total = counts.copied + counts.unchanged + counts.skipped.length + counts.failed.length;
    console.log(`${name} (${folder}): ${total} files — ${counts.copied} copied, ${counts.unchanged} already there, ${counts.skipped.length} skipped, ${counts.failed.length} failed`);
    for (const key of counts.skipped) console.log(`  skipped (not a storage key): ${key}`);
    for (const failure of counts.failed) console.error(`  failed: ${failure}`);
    failures += counts.failed.length;
  }
  if (failures) console.error(`${failures} files were not copied; run storage:copy again once the cause is fixed.`);
  else console.log('Done. Start the app servers with the same STORAGE=s3 settings.');
  return failures ? 1 : 0;
}

process.exitCode = await main();
