// POST /api/media with the staff cookie from a foreign page (cross-site upload):
// refused with 403 and a Chinese message before anything is read or stored.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/server/session';
import { actorFor } from '../support/actors';

let actor: Actor | null = null;
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock('@/lib/server/session', async (importOriginal) => ({ ...(await importOriginal<object>()), getActor: async () => actor }));
const { POST } = await import('@/app/api/media/route');

beforeAll(async () => {
  actor = await actorFor('reporter');
});

function upload(headers: Record<string, string>) {
  const form = new FormData();
  form.append('file', new File([new TextEncoder().encode('这只是一段文字，不是照片。')], 'note.jpg', { type: 'image/jpeg' }));
  return POST(new Request('http://news.example.cn/api/media', { method: 'POST', body: form, headers: { host: 'news.example.cn', ...headers } }));
}

describe('POST /api/media', () => {
  it('refuses a foreign Origin with 403 and a message in Chinese', async () => {
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }];
    for (const headers of foreign) {
      const response = await upload(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await response.json()).error).toBe('请求来自其他网站，已拒绝。请在本站页面中操作。');
    }
  });

  it('takes an upload from its own pages (then judges the file)', async () => {
    const response = await upload({ origin: 'http://news.example.cn', 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(422);
    expect((await response.json()).error).toContain('这不是图片文件');
  });
});
