import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStorageSettingsAtStart, storageSettings, StorageConfigError } from './storage-config';

const S3 = { STORAGE: 's3', S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com', S3_REGION: 'oss-cn-hangzhou', S3_BUCKET: 'district-paper', S3_ACCESS_KEY_ID: 'LTAIexample', S3_SECRET_ACCESS_KEY: 'secret' };

const problemsOf = (env: Record<string, string>) => {
  try {
    storageSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StorageConfigError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('storage settings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the folder when nothing is set, as the zero-configuration install is', () => {
    expect(storageSettings({})).toEqual({ STORAGE: 'folder' });
    expect(storageSettings({ STORAGE: 'folder', S3_BUCKET: 'ignored' })).toEqual({ STORAGE: 'folder' });
  });

  it('reads a complete S3 configuration, virtual-hosted unless told otherwise', () => {
    expect(storageSettings(S3)).toMatchObject({ STORAGE: 's3', S3_BUCKET: 'district-paper', S3_REGION: 'oss-cn-hangzhou', S3_FORCE_PATH_STYLE: false });
    expect(storageSettings({ ...S3, S3_FORCE_PATH_STYLE: 'true', S3_REGION: '' })).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_REGION: 'us-east-1' });
  });

  it('names every missing or bad S3 setting at once', () => {
    const message = problemsOf({ STORAGE: 's3', S3_ENDPOINT: 'ftp://files', S3_BUCKET: 'Bad_Bucket', S3_FORCE_PATH_STYLE: 'maybe' });
    expect(message).toContain('S3_ENDPOINT must be an http(s) URL');
    expect(message).toContain('S3_BUCKET must be 3–63 lower-case letters');
    expect(message).toContain('S3_ACCESS_KEY_ID is required when STORAGE=s3');
    expect(message).toContain('S3_SECRET_ACCESS_KEY is required when STORAGE=s3');
    expect(message).toContain('S3_FORCE_PATH_STYLE must be true or false');
    expect(problemsOf({ ...S3, S3_ENDPOINT: 'https://key:secret@oss.example.com' })).toContain('plain origin');
    expect(problemsOf({ STORAGE: 'minio' })).toContain('STORAGE must be "folder" or "s3" (it is "minio")');
  });

  it('stops a production server that could not keep uploads, and only then', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    checkStorageSettingsAtStart({ NODE_ENV: 'production', STORAGE: 's3' });
    expect(exit).toHaveBeenCalledWith(1);
    expect(log.mock.calls[0][0]).toContain('S3_BUCKET is required');
    exit.mockClear();
    checkStorageSettingsAtStart({ NODE_ENV: 'development', STORAGE: 's3' });
    checkStorageSettingsAtStart({ NODE_ENV: 'production' });
    checkStorageSettingsAtStart({ NODE_ENV: 'production', ...S3 });
    expect(exit).not.toHaveBeenCalled();
  });
});
