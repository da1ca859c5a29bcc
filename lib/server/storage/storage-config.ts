import { storageSettingsSchema, type StorageSettings } from '@/lib/schemas/storage';

/** The environment, or any set of variables (tests). */
type Env = Record<string, string | undefined>;

const VARIABLES = ['STORAGE', 'S3_ENDPOINT', 'S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;

/** The storage variables as set (empty ones dropped), for parsing and for noticing a change. */
function storageEnv(env: Env): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of VARIABLES) if (env[name]) values[name] = env[name]!;
  return values;
}

export class StorageConfigError extends Error {
  constructor(problems: string[]) {
    super(`Storage is misconfigured (see README, "Production", "Storage"):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'StorageConfigError';
  }
}

/**
 * The storage back end and its settings, from the environment: STORAGE=folder
 * (the default) or STORAGE=s3 with the S3_* variables. Throws StorageConfigError
 * naming every problem when they do not make a usable configuration.
 */
export function storageSettings(env: Env = process.env): StorageSettings {
  const values = storageEnv(env);
  const parsed = storageSettingsSchema.safeParse({ STORAGE: 'folder', ...values });
  if (parsed.success) return parsed.data;
  throw new StorageConfigError(
    parsed.error.issues.map((issue) => (issue.path[0] === 'STORAGE' ? `STORAGE must be "folder" or "s3" (it is ${JSON.stringify(values.STORAGE)})` : issue.message)),
  );
}

/** A string that changes when any storage variable does (object-store.ts reopens its stores then). */
export function storageSignature(env: Env = process.env): string {
  return JSON.stringify(storageEnv(env));
}

/**
 * At server start (instrumentation.ts): a production server whose storage
 * settings are unusable prints every problem and exits, rather than accepting
 * uploads it cannot keep. Elsewhere (next dev) the problems are logged and the
 * first store opened throws them again.
 */
export function checkStorageSettingsAtStart(env: Env = process.env): void {
  try {
    const settings = storageSettings(env);
    if (settings.STORAGE === 's3') console.log(`[storage] S3-compatible object storage: bucket ${settings.S3_BUCKET} at ${settings.S3_ENDPOINT}`);
  } catch (error) {
    if (!(error instanceof StorageConfigError)) throw error;
    console.error(`[storage] ${error.message}`);
    if (env.NODE_ENV === 'production') process.exit(1);
  }
}
