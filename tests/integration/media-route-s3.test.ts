// The upload API and the photo route with STORAGE=s3, against a real S3-protocol
// server (s3rver, its own process): a photo posted through one route is served by
// the other from the bucket; with the object store down the upload is refused with
// 503 and a Chinese message, and nothing is kept.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { deadEndpoint, startS3Server, type S3TestServer } from '../support/s3-server';

let actor: Actor | null = null;
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock('@/lib/server/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => actor }));
const { POST } = await import('@/app/api/media/route');
const { GET } = await import('@/app/media/[id]/[file]/route');

const db = testDb();
let server: S3TestServer;
let photo: Buffer;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await startS3Server({ bucket: 'route-test' });
  for (const [name, value] of Object.entries(server.env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  actor = await actorFor('reporter');
  photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2e8b57' } }).jpeg().toBuffer();
});

afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server?.stop();
});

function upload() {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(photo)], '河畔.jpg', { type: 'image/jpeg' }));
  return POST(new Request('http://news.example.cn/api/media', { method: 'POST', body: form, headers: { host: 'news.example.cn', origin: 'http://news.example.cn', 'sec-fetch-site': 'same-origin' } }));
}

describe('uploads and photos with S3-compatible storage', () => {
  it('serves a posted photo from the bucket', async () => {
    const response = await upload();
    expect(response.status).toBe(201);
    const { media } = await response.json();
    const served = await GET(new Request(`http://news.example.cn/media/${media.id}/960.webp`), { params: Promise.resolve({ id: media.id, file: '960.webp' }) });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(960);
    const listing = await (await fetch(`${server.endpoint}/${server.bucket}?list-type=2&prefix=media/${media.id}/`)).text();
    expect(listing).toContain(`media/${media.id}/960.webp`);
  });

  it('refuses an upload with 503 and a Chinese message when the object store is down, keeping nothing', async () => {
    const rows = await db.mediaAsset.count();
    process.env.S3_ENDPOINT = await deadEndpoint();
    try {
      const response = await upload();
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.json()).error).toBe('图片存储暂时无法使用，这张图片没有保存。请稍后再上传；已保存的内容没有丢失。');
    } finally {
      process.env.S3_ENDPOINT = server.endpoint;
    }
    expect(await db.mediaAsset.count()).toBe(rows);
  });
});
