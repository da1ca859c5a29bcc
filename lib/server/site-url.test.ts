import { afterEach, describe, expect, it, vi } from 'vitest';

// A request naming another host: nothing may take the origin from it.
let requestHeaders = new Headers();
vi.mock('next/headers', () => ({ headers: async () => requestHeaders }));
// Outside a request, connection() (which keeps these routes out of the build's prerendering) has nothing to wait for.
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
const { absoluteUrl, siteUrl } = await import('./site-url');

afterEach(() => vi.unstubAllEnvs());

describe('absolute links', () => {
  it('are on SITE_URL, whatever host a request names', async () => {
    vi.stubEnv('SITE_URL', 'https://epaper.example.org/');
    requestHeaders = new Headers({ host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(await siteUrl()).toBe('https://epaper.example.org');
    expect(absoluteUrl('/wanghe/3405/01/abc')).toBe('https://epaper.example.org/wanghe/3405/01/abc');
    expect(absoluteUrl('/media/1.webp?w=800')).toBe('https://epaper.example.org/media/1.webp?w=800');
  });

  it('are absolute while developing without SITE_URL', async () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '3400');
    expect(await siteUrl()).toBe('http://localhost:3400');
    expect(absoluteUrl('/wanghe')).toBe('http://localhost:3400/wanghe');
  });

  it('are never on another host', () => {
    vi.stubEnv('SITE_URL', 'https://epaper.example.org');
    expect(() => absoluteUrl('//evil.example/x')).toThrow(RangeError);
    expect(() => absoluteUrl('media/1.webp')).toThrow(RangeError);
    expect(absoluteUrl('https://cdn.example.org/1.webp')).toBe('https://cdn.example.org/1.webp');
  });

  it('refuse to be built in production without SITE_URL', () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => absoluteUrl('/wanghe')).toThrow(/SITE_URL is not set/);
  });
});
