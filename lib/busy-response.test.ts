import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest, type NextFetchEvent } from 'next/server';
import { AppError } from './errors';
import { busyResponse, shedsLoad } from './busy-response';
import { AdmissionLimiter, registerDatabaseAdmission, serviceUnavailable } from './load-shedding';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { config as proxyConfig, proxy } from '../proxy';

const expectBusy = (response: Response) => {
  expect(response.status).toBe(503);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
};

describe('the 503 answer', () => {
  it('is a Chinese page by default, JSON for the API, English when chosen', async () => {
    const page = busyResponse({ json: false });
    expectBusy(page);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('系统繁忙');
    const json = busyResponse({ json: true });
    expectBusy(json);
    expect(await json.json()).toMatchObject({ error: 'unavailable', message: expect.stringContaining('系统繁忙') });
    expect(await busyResponse({ json: false, locale: 'en' }).text()).toContain('Busy');
  });

  it('is what a route handler answers when the data layer sheds load, and only then', async () => {
    const shed = shedsLoad(async () => { throw serviceUnavailable(); }, { json: true });
    expectBusy(await shed(new Request('http://localhost/api/v1/publications')));
    const other = shedsLoad(async () => { throw new AppError('NOT_FOUND', 'notFound'); }, { json: true });
    await expect(other(new Request('http://localhost/api/v1/publications'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('proxy.ts while the database queue is half full', () => {
  afterEach(() => registerDatabaseAdmission(new AdmissionLimiter({ permits: 1, maxWaiting: 10, maxWaitMs: 10, doorWaitMs: 10 })));
  const event = {} as NextFetchEvent;

  it('turns staff pages and the API away with a 503 before rendering', async () => {
    const limiter = new AdmissionLimiter({ permits: 1, maxWaiting: 2, maxWaitMs: 10_000, doorWaitMs: 10_000 });
    registerDatabaseAdmission(limiter);
    const holds = [limiter.run(() => new Promise((r) => setTimeout(r, 50))), limiter.run(async () => {})];
    expect(limiter.isSaturated()).toBe(true);
    for (const path of ['/newsroom/articles', '/login']) {
      const response = (await proxy(new NextRequest(`http://localhost${path}`), event)) as Response;
      expectBusy(response);
      expect(await response.text()).toContain('系统繁忙');
    }
    const api = (await proxy(new NextRequest('http://localhost/api/v1/publications'), event)) as Response;
    expectBusy(api);
    expect(api.headers.get('content-type')).toContain('application/json');
    await Promise.all(holds);
    // Drained: the next request goes on to be rendered.
    const after = (await proxy(new NextRequest('http://localhost/api/v1/publications'), event)) as Response;
    expect(after.status).toBe(200);
    expect(after.headers.get('x-middleware-next')).toBe('1');
  });
});

describe('which requests pass through proxy.ts', () => {
  const passes = (path: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, url: path });

  it('staff pages, sign-in, set-up, print views and the API do', () => {
    for (const path of ['/newsroom', '/newsroom/articles/abc', '/login', '/setup', '/print/issues/x', '/api/v1/publications', '/api/media']) expect(passes(path), path).toBe(true);
  });

  it('the reader site does not: its routes shed load themselves, and a cached page needs no database', () => {
    for (const path of ['/', '/wanghe', '/wanghe/1203/2', '/wanghe/1203/1/abc', '/wanghe/search?q=%E6%B9%BF', '/wanghe/archive', '/wanghe/feed.xml', '/sitemap.xml']) expect(passes(path), path).toBe(false);
  });
});
