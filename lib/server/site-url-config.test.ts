import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSiteUrlAtStart, parseSiteUrl, siteOrigin, SiteUrlError } from './site-url-config';

afterEach(() => vi.restoreAllMocks());

describe('SITE_URL', () => {
  it('is taken as the origin of an absolute http(s) URL', () => {
    expect(parseSiteUrl('https://epaper.example.org')).toEqual({ origin: 'https://epaper.example.org' });
    expect(parseSiteUrl('https://ePaper.Example.org/')).toEqual({ origin: 'https://epaper.example.org' });
    expect(parseSiteUrl(' http://127.0.0.1:3100 ')).toEqual({ origin: 'http://127.0.0.1:3100' });
    expect(parseSiteUrl('https://epaper.example.org:443')).toEqual({ origin: 'https://epaper.example.org' });
  });

  it('names what is wrong with anything else', () => {
    const problem = (value: string | undefined) => {
      const parsed = parseSiteUrl(value);
      return 'problem' in parsed ? parsed.problem : null;
    };
    expect(problem(undefined)).toBe('is not set');
    expect(problem('  ')).toBe('is not set');
    expect(problem('epaper.example.org')).toContain('is not an absolute URL');
    expect(problem('/wanghe')).toContain('is not an absolute URL');
    expect(problem('ftp://epaper.example.org')).toContain('must start with http:// or https://');
    expect(problem('javascript:alert(1)')).toContain('must start with http:// or https://');
    expect(problem('https://user:secret@epaper.example.org')).toContain('user or password');
    expect(problem('https://example.org/epaper')).toContain('without a path');
    expect(problem('https://example.org/?a=1')).toContain('without a path');
  });

  it('is required in production, and falls back to localhost while developing', () => {
    expect(siteOrigin({ NODE_ENV: 'production', SITE_URL: 'https://epaper.example.org/' })).toBe('https://epaper.example.org');
    expect(siteOrigin({ NODE_ENV: 'development', SITE_URL: 'https://epaper.example.org' })).toBe('https://epaper.example.org');
    expect(siteOrigin({ NODE_ENV: 'development', PORT: '3400' })).toBe('http://localhost:3400');
    expect(siteOrigin({ NODE_ENV: 'test' })).toBe('http://localhost:3000');
    expect(() => siteOrigin({ NODE_ENV: 'production' })).toThrow(SiteUrlError);
    expect(() => siteOrigin({ NODE_ENV: 'production', SITE_URL: 'epaper.example.org' })).toThrow(/SITE_URL is not an absolute URL/);
  });

  it('stops a production server without a usable SITE_URL, and only then', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    checkSiteUrlAtStart({ NODE_ENV: 'production' });
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls[0][0]).toContain('SITE_URL is not set');
    expect(error.mock.calls[0][0]).toContain('https://epaper.example.org');
    checkSiteUrlAtStart({ NODE_ENV: 'production', SITE_URL: 'http://' });
    expect(exit).toHaveBeenCalledTimes(2);
    exit.mockClear();
    checkSiteUrlAtStart({ NODE_ENV: 'production', SITE_URL: 'https://epaper.example.org' });
    checkSiteUrlAtStart({ NODE_ENV: 'development' });
    expect(exit).not.toHaveBeenCalled();
    expect(warn.mock.calls[0][0]).toContain('http://localhost:3000');
  });
});

describe('server start-up (instrumentation.ts)', () => {
  it('checks SITE_URL before anything else starts', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('STORAGE', '');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Exiting stops register() there, before it patches anything or starts the job workers.
    vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    try {
      const { register } = await import('@/instrumentation');
      await expect(register()).rejects.toThrow('exit 1');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
