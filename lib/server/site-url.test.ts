import { beforeEach, describe, expect, it, vi } from 'vitest';

let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
const { siteUrl } = await import('./site-url');

const origin = (headers: Record<string, string>) => {
  requestHeaders = new Headers(headers);
  return siteUrl();
};

beforeEach(() => {
  vi.stubEnv('SITE_URL', '');
});

describe('originFromHeaders (feed and sitemap links when SITE_URL is unset)', () => {
  it('takes the forwarded or requested host and scheme when they are well formed', async () => {
    expect(await origin({ host: 'news.example.cn' })).toBe('http://news.example.cn');
    expect(await origin({ host: '127.0.0.1:3100', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'News.Example.cn' })).toBe('https://news.example.cn');
    expect(await origin({ host: '[::1]:3000' })).toBe('http://[::1]:3000');
    expect(await origin({ host: 'a.example', 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'b.example, c.example' })).toBe('https://b.example');
  });

  it('never builds a link with another scheme', async () => {
    for (const proto of ['javascript', 'data', 'file', 'https://evil.example/#', 'HTTP:']) {
      expect(await origin({ host: 'news.example.cn', 'x-forwarded-proto': proto }), proto).toBe('http://news.example.cn');
    }
  });

  it('refuses hosts that are not hostname[:port], falling back to Host and then to a default', async () => {
    expect(await origin({ host: 'news.example.cn', 'x-forwarded-host': 'evil.example/"><script>' })).toBe('http://news.example.cn');
    expect(await origin({ host: 'user@evil.example' })).toBe('http://localhost:3000');
    expect(await origin({ host: 'evil.example/path' })).toBe('http://localhost:3000');
    expect(await origin({ host: 'evil example' })).toBe('http://localhost:3000');
    expect(await origin({ host: 'a.example:99999999' })).toBe('http://localhost:3000');
    expect(await origin({})).toBe('http://localhost:3000');
  });
});
