import { describe, expect, it } from 'vitest';
import { refuseServerAction } from './server-action-guard';

const action = (headers: Record<string, string>, cookies: Record<string, string> = {}) => ({
  method: 'POST',
  headers: new Headers({ host: 'news.example.cn', 'next-action': '7f00aa', ...headers }),
  cookies: { get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined) },
});

describe('refuseServerAction', () => {
  it('answers a foreign-origin server action with 403 in Chinese, never cached', async () => {
    const response = refuseServerAction(action({ origin: 'https://evil.example' }))!;
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('请求来自其他网站，已拒绝。请在本站页面中操作。');
    expect(refuseServerAction(action({ origin: 'null' }))?.status).toBe(403);
  });

  it('answers an oversize body with 413 before it is read', async () => {
    const response = refuseServerAction(action({ origin: 'https://news.example.cn', 'content-length': String(3 * 1024 * 1024 + 1) }))!;
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('超过 3 MB');
    const english = refuseServerAction(action({ 'content-length': String(50 * 1024 * 1024) }, { locale: 'en' }))!;
    expect(await english.text()).toContain('over 3 MB');
  });

  it('lets through the site’s own actions and anything that is not an action', () => {
    expect(refuseServerAction(action({ origin: 'https://news.example.cn', 'content-length': '2048' }))).toBeNull();
    expect(refuseServerAction({ ...action({ origin: 'https://evil.example' }), method: 'GET' })).toBeNull();
    const plain = action({ origin: 'https://evil.example' });
    plain.headers.delete('next-action');
    expect(refuseServerAction(plain)).toBeNull();
  });
});
