// `npm run storage:copy` moving a folder install into S3-compatible storage, run as
// the operator runs it (a separate process) against a real S3-protocol server.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Store } from '@/lib/server/storage/s3-store';
import { startS3Server, type S3TestServer } from '../support/s3-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server: S3TestServer;
let mediaDir: string, rendersDir: string;

beforeAll(async () => {
  server = await startS3Server({ bucket: 'copy-test' });
  mediaDir = await mkdtemp(path.join(tmpdir(), 'masthead-copy-media-'));
  rendersDir = await mkdtemp(path.join(tmpdir(), 'masthead-copy-renders-'));
  await mkdir(path.join(mediaDir, 'abc12345'));
  await writeFile(path.join(mediaDir, 'abc12345/960.webp'), Buffer.from([0x52, 0x49, 0x46, 0x46, 0, 1, 2, 3]));
  await writeFile(path.join(mediaDir, 'abc12345/original.jpg'), Buffer.from([0xff, 0xd8, 0xff, 9, 8, 7]));
  await writeFile(path.join(mediaDir, 'abc12345/.DS_Store'), 'junk');
  await mkdir(path.join(rendersDir, 'issue1'));
  await writeFile(path.join(rendersDir, 'issue1/page-1.pdf'), '%PDF-1.7 test');
});

afterAll(async () => {
  await server?.stop();
});

async function copy(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/storage-copy.ts'], {
      cwd: ROOT,
      env: { NODE_ENV: 'production', PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', MEDIA_DIR: mediaDir, RENDERS_DIR: rendersDir, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const store = (name: 'media' | 'renders') =>
  s3Store(name, { endpoint: server.endpoint, region: server.region, bucket: server.bucket, accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey, forcePathStyle: true });

describe('npm run storage:copy', () => {
  it('copies every file into the bucket, then on a second run finds them there', { timeout: 120_000 }, async () => {
    const first = await copy(server.env);
    expect(first.output).toMatch(/media \(.*\): 3 files — 2 copied, 0 already there, 1 skipped, 0 failed/);
    expect(first.output).toContain('skipped (not a storage key): abc12345/.DS_Store');
    expect(first.output).toMatch(/renders \(.*\): 1 files — 1 copied, 0 already there/);
    expect(first.code).toBe(0);
    expect([...(await store('media').get('abc12345/original.jpg'))!]).toEqual([0xff, 0xd8, 0xff, 9, 8, 7]);
    expect((await store('renders').get('issue1/page-1.pdf'))!.toString()).toBe('%PDF-1.7 test');
    // The probe object is gone again.
    const listing = await (await fetch(`${server.endpoint}/${server.bucket}?list-type=2`)).text();
    expect(listing).not.toContain('storage-copy-probe');

    await writeFile(path.join(mediaDir, 'abc12345/960.webp'), Buffer.from([0x52, 0x49, 0x46, 0x46, 9, 9]));
    const second = await copy(server.env);
    expect(second.output).toMatch(/media \(.*\): 3 files — 1 copied, 1 already there, 1 skipped, 0 failed/);
    expect(second.output).toMatch(/renders \(.*\): 1 files — 0 copied, 1 already there/);
    expect([...(await store('media').get('abc12345/960.webp'))!]).toEqual([0x52, 0x49, 0x46, 0x46, 9, 9]);
  });

  it('refuses to run without S3 settings, or with a bucket it cannot use', { timeout: 120_000 }, async () => {
    const none = await copy({});
    expect(none.code).toBe(2);
    expect(none.output).toContain('set STORAGE=s3');
    const incomplete = await copy({ STORAGE: 's3', S3_ENDPOINT: server.endpoint });
    expect(incomplete.code).toBe(2);
    expect(incomplete.output).toContain('S3_BUCKET is required when STORAGE=s3');
    const wrongBucket = await copy({ ...server.env, S3_BUCKET: 'no-such-bucket' });
    expect(wrongBucket.code).toBe(1);
    expect(wrongBucket.output).toContain('NoSuchBucket');
  });
});
