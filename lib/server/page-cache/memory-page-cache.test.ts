import { describe, expect, it } from 'vitest';
import { MemoryPageCache, sharedCacheLifetime, type CachedPage } from './memory-page-cache';

const page = (bytes: number, at = 0, fresh = 1000, stale = 60_000): CachedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.alloc(bytes, 'a'),
  storedAt: at,
  freshUntil: at + fresh,
  staleUntil: at + fresh + stale,
});

describe('sharedCacheLifetime', () => {
  it('reads what a shared cache may do from Cache-Control', () => {
    expect(sharedCacheLifetime('public, s-maxage=1, stale-while-revalidate=600')).toEqual({ fresh: 1, stale: 600 });
    expect(sharedCacheLifetime('public, max-age=60')).toEqual({ fresh: 60, stale: 0 });
    expect(sharedCacheLifetime('public, max-age=60, s-maxage=5')).toEqual({ fresh: 5, stale: 0 });
  });
  it('keeps nothing private, uncacheable or without a lifetime', () => {
    for (const value of [undefined, '', 'no-store', 'private, max-age=60', 'public, no-cache, max-age=5', 'public', 'public, s-maxage=0', 's-maxage=10']) {
      expect(sharedCacheLifetime(value)).toBeNull();
    }
  });
});

describe('MemoryPageCache', () => {
  it('serves a page fresh, then stale while it may be revalidated, then not at all', async () => {
    const cache = new MemoryPageCache(1024);
    await cache.renderOnce('/', async () => page(10, 0, 1000, 5000));
    expect(cache.lookup('/', 999).state).toBe('fresh');
    expect(cache.lookup('/', 1000).state).toBe('stale');
    expect(cache.lookup('/', 6000)).toEqual({ state: 'miss' });
    expect(cache.size).toEqual({ pages: 0, bytes: 0 });
  });

  it('renders a page once however many ask while it renders', async () => {
    const cache = new MemoryPageCache(1024);
    let renders = 0;
    let finish: (value: CachedPage) => void = () => undefined;
    const render = () => {
      renders++;
      return new Promise<CachedPage>((resolve) => (finish = resolve));
    };
    const asked = [cache.renderOnce('/a', render), cache.renderOnce('/a', render), cache.renderOnce('/a', render)];
    expect(cache.inProgress('/a')).toBeDefined();
    finish(page(5));
    const pages = await Promise.all(asked);
    expect(renders).toBe(1);
    expect(new Set(pages).size).toBe(1);
    expect(cache.inProgress('/a')).toBeUndefined();
  });

  it('does not keep a render that began before an invalidation: it may show what has just changed', async () => {
    const cache = new MemoryPageCache(1024);
    let finish: (value: CachedPage) => void = () => undefined;
    const rendering = cache.renderOnce('/', () => new Promise((resolve) => (finish = resolve)));
    cache.invalidate();
    finish(page(5));
    await rendering;
    expect(cache.lookup('/', 0).state).toBe('miss');
  });

  it('forgets every page when invalidated, and keeps none while disabled', async () => {
    const cache = new MemoryPageCache(1024);
    await cache.renderOnce('/a', async () => page(5));
    await cache.renderOnce('/b', async () => page(5));
    cache.invalidate();
    expect(cache.lookup('/a', 0).state).toBe('miss');
    cache.setEnabled(false);
    await cache.renderOnce('/a', async () => page(5));
    expect(cache.lookup('/a', 0).state).toBe('miss');
    cache.setEnabled(true);
    await cache.renderOnce('/a', async () => page(5));
    expect(cache.lookup('/a', 0).state).toBe('fresh');
  });

  it('stays within its size, dropping the page used least recently, and never keeps one too large', async () => {
    const cache = new MemoryPageCache(800);
    await cache.renderOnce('/a', async () => page(90));
    await cache.renderOnce('/b', async () => page(90));
    for (let i = 0; i < 7; i++) await cache.renderOnce(`/other-${i}`, async () => page(90));
    expect(cache.size.bytes).toBeLessThanOrEqual(800);
    expect(cache.lookup('/a', 0).state).toBe('miss');
    // /b was read, so a new page pushes out another one first.
    await cache.renderOnce('/b', async () => page(90));
    expect(cache.lookup('/b', 0).state).toBe('fresh');
    await cache.renderOnce('/c', async () => page(90));
    expect(cache.lookup('/b', 0).state).toBe('fresh');
    await cache.renderOnce('/huge', async () => page(200));
    expect(cache.lookup('/huge', 0).state).toBe('miss');
  });

  it('remembers the addresses asked for once, as many as it is told, oldest forgotten first', () => {
    const cache = new MemoryPageCache(1024, 2);
    expect(cache.askedBefore('/a')).toBe(false);
    expect(cache.askedBefore('/a')).toBe(true);
    // Once told, it forgets: the page is kept from then on, or asked for as new.
    expect(cache.askedBefore('/a')).toBe(false);
    expect(cache.askedBefore('/b')).toBe(false);
    expect(cache.askedBefore('/c')).toBe(false);
    expect(cache.askedBefore('/a')).toBe(false);
    expect(cache.askedBefore('/c')).toBe(true);
  });
});
