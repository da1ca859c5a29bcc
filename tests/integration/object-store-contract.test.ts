// One contract, two back ends: the folder (the default) and S3-compatible object
// storage, the latter against a real S3-protocol server (s3rver) running as its
// own process and spoken to over HTTP with signed requests.
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderStore } from '@/lib/server/storage/folder-store';
import type { ObjectStore } from '@/lib/server/storage/object-store';
import { s3Store } from '@/lib/server/storage/s3-store';
import { deadEndpoint, startS3Server, type S3TestServer } from '../support/s3-server';

let server: S3TestServer;
const savedDirs = { media: process.env.MEDIA_DIR, renders: process.env.RENDERS_DIR };

beforeAll(async () => {
  server = await startS3Server({ bucket: 'contract-test' });
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'masthead-contract-media-'));
  process.env.RENDERS_DIR = await mkdtemp(path.join(tmpdir(), 'masthead-contract-renders-'));
});

afterAll(async () => {
  await server?.stop();
  process.env.MEDIA_DIR = savedDirs.media;
  process.env.RENDERS_DIR = savedDirs.renders;
});

// A small listing page, so that deleting 25 objects takes several pages and batches.
const PAGE_SIZE = 7;
const settings = () => ({ endpoint: server.endpoint, region: server.region, bucket: server.bucket, accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey, forcePathStyle: true });
const backEnds: [string, (name: 'media' | 'renders') => ObjectStore][] = [
  ['folder', (name) => folderStore(name)],
  ['S3 (s3rver)', (name) => s3Store(name, settings(), { pageSize: PAGE_SIZE })],
];

const binary = () => {
  const bytes = new Uint8Array(70_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
  return bytes;
};

describe.each(backEnds)('object store contract: %s', (_label, open) => {
  it('gives back the bytes it was given, byte for byte', async () => {
    const store = open('media');
    const bytes = binary();
    await store.put('roundtrip1/960.webp', bytes, 'image/webp');
    const read = await store.get('roundtrip1/960.webp');
    expect(read).toBeInstanceOf(Buffer);
    expect(Buffer.compare(read!, Buffer.from(bytes))).toBe(0);
    // Writing again replaces.
    await store.put('roundtrip1/960.webp', new Uint8Array([1, 2, 3]), 'image/webp');
    expect([...(await store.get('roundtrip1/960.webp'))!]).toEqual([1, 2, 3]);
  });

  it('answers null for a key it does not have', async () => {
    expect(await open('media').get('nosuchmedia1/960.webp')).toBeNull();
    expect(await open('media').get('nosuchmedia1')).toBeNull();
  });

  it('keeps each store apart', async () => {
    await open('renders').put('shared1/a.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf');
    expect(await open('media').get('shared1/a.pdf')).toBeNull();
    expect(await open('renders').get('shared1/a.pdf')).not.toBeNull();
  });

  it('deletes every object under a prefix, over several listing pages, and nothing else', async () => {
    const store = open('media');
    const doomed = Array.from({ length: 25 }, (_, i) => `doomed1/${i}.webp`);
    const kept = ['doomed1x/1.webp', 'doomed/1.webp', 'keep1/doomed1.webp'];
    await Promise.all([...doomed, ...kept].map((key, i) => store.put(key, new Uint8Array([i]), 'image/webp')));
    await open('renders').put('doomed1/1.pdf', new Uint8Array([1]), 'application/pdf');

    await store.deletePrefix('doomed1/');

    for (const key of doomed) expect(await store.get(key), key).toBeNull();
    for (const key of kept) expect(await store.get(key), key).not.toBeNull();
    expect(await open('renders').get('doomed1/1.pdf')).not.toBeNull();
    // Nothing there: no error.
    await store.deletePrefix('doomed1/');
    await store.deletePrefix('neverthere1/');
  });

  it('refuses keys that try to leave their place', async () => {
    const store = open('media');
    await store.put('victim1/secret.webp', new Uint8Array([42]), 'image/webp');
    for (const key of ['../media/victim1/secret.webp', '../renders/x', 'a/../victim1/secret.webp', '/etc/passwd', 'a//b', 'a\\..\\b', '']) {
      await expect(store.put(key, new Uint8Array([0]), 'image/webp'), key).rejects.toThrow(/Bad storage key/);
      await expect(store.get(key), key).rejects.toThrow(/Bad storage key/);
    }
    for (const prefix of ['../', '..', '/', '', 'a/../']) {
      await expect(store.deletePrefix(prefix), prefix).rejects.toThrow(/Bad storage key/);
    }
    expect(await store.get('victim1/secret.webp')).not.toBeNull();
  });
});

describe('S3 back end errors', () => {
  // (s3rver does not check V4 signatures, so a wrong secret cannot be shown here;
  // `npm run storage:copy` writes and reads a probe object first against the real service.)
  it('throws, rather than answering "no file", when the bucket is wrong', async () => {
    const wrongBucket = s3Store('media', { ...settings(), bucket: 'no-such-bucket' });
    await expect(wrongBucket.get('abc12345/960.webp')).rejects.toThrow(/404 NoSuchBucket/);
    await expect(wrongBucket.put('abc12345/960.webp', new Uint8Array([1]), 'image/webp')).rejects.toThrow(/NoSuchBucket/);
    await expect(wrongBucket.deletePrefix('abc12345/')).rejects.toThrow(/NoSuchBucket/);
  });

  it('throws when the endpoint answers 404 but is no object store', async () => {
    const web = createServer((_request, response) => response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const notS3 = s3Store('media', { ...settings(), endpoint: `http://127.0.0.1:${(web.address() as { port: number }).port}` });
      await expect(notS3.get('abc12345/960.webp')).rejects.toThrow(/GetObject failed: 404/);
    } finally {
      await new Promise((resolve) => web.close(resolve));
    }
  });

  it('throws when the server cannot be reached', async () => {
    const nowhere = s3Store('media', { ...settings(), endpoint: await deadEndpoint() }, { timeoutMs: 5_000 });
    await expect(nowhere.put('abc12345/960.webp', new Uint8Array([1]), 'image/webp')).rejects.toThrow();
    await expect(nowhere.get('abc12345/960.webp')).rejects.toThrow();
  });
});
