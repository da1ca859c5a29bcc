// A server's own copy of the public pages it rendered, kept as long as their
// Cache-Control lets a shared cache keep them (s-maxage): the same promise
// nginx's cache makes, given by the app itself. Plain data, no HTTP and no
// Next.js, so that the rules can be tested alone (memory-page-cache.test.ts).

export type CachedPage = {
  status: number;
  /** Response headers as Node sends them, without per-connection ones. */
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** When it was rendered (ms since the epoch): its Age. */
  storedAt: number;
  /** Until when the page may be served as is (ms since the epoch). */
  freshUntil: number;
  /** Until when it may still be served while one request renders it again. */
  staleUntil: number;
};

export type Lookup = { state: 'fresh'; page: CachedPage } | { state: 'stale'; page: CachedPage } | { state: 'miss' };

/** What a response's Cache-Control allows a shared cache: seconds fresh, then seconds stale while revalidating. */
export function sharedCacheLifetime(cacheControl: string | undefined): { fresh: number; stale: number } | null {
  if (!cacheControl) return null;
  const directives = new Map(
    cacheControl
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split('=') as [string, string | undefined]),
  );
  if (!directives.has('public') || directives.has('no-store') || directives.has('private') || directives.has('no-cache')) return null;
  const seconds = (name: string) => {
    const value = directives.get(name);
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
  };
  const fresh = seconds('s-maxage') ?? seconds('max-age');
  if (!fresh) return null;
  return { fresh, stale: seconds('stale-while-revalidate') ?? 0 };
}

export class MemoryPageCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  /** Keys being rendered now, with what the render will give (null: not kept). */
  private rendering = new Map<string, Promise<CachedPage | null>>();
  /** Bumped by every invalidation: a render that began before one is not kept. */
  private generation = 0;
  private enabled = true;
  /** Addresses asked for once lately, oldest first (askedBefore). */
  private askedOnce = new Set<string>();

  /** `rememberedAddresses`: how many addresses asked for once askedBefore remembers. */
  constructor(
    private readonly maxBytes: number,
    private readonly rememberedAddresses = 10_000,
  ) {}

  /**
   * Whether `key` was asked for before, among the last `rememberedAddresses` asked for
   * once; remembers it if not. For pages kept only when asked for again (see
   * serveWithPageCache): a bounded list of addresses, not of pages.
   */
  askedBefore(key: string): boolean {
    if (this.askedOnce.delete(key)) return true;
    this.askedOnce.add(key);
    if (this.askedOnce.size > this.rememberedAddresses) this.askedOnce.delete(this.askedOnce.values().next().value!);
    return false;
  }

  lookup(key: string, now: number): Lookup {
    if (!this.enabled) return { state: 'miss' };
    const page = this.pages.get(key);
    if (!page) return { state: 'miss' };
    // Least recently used last out: a hit moves the page to the end of the map's order.
    this.pages.delete(key);
    this.pages.set(key, page);
    if (now < page.freshUntil) return { state: 'fresh', page };
    if (now < page.staleUntil) return { state: 'stale', page };
    this.drop(key);
    return { state: 'miss' };
  }

  /** The render in progress for `key`, if one is. */
  inProgress(key: string): Promise<CachedPage | null> | undefined {
    return this.rendering.get(key);
  }

  /**
   * Runs `render` for `key` once, however many ask meanwhile, and keeps what it
   * gives unless the cache was invalidated while it ran (it may show the old content).
   */
  renderOnce(key: string, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    const running = this.rendering.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = render()
      .then((page) => {
        if (page && this.enabled && generation === this.generation) this.keep(key, page);
        return page;
      })
      .finally(() => this.rendering.delete(key));
    this.rendering.set(key, promise);
    return promise;
  }

  /** Forget every page: something readers see has changed. */
  invalidate() {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  /** While changes elsewhere cannot be heard of (the database listener is down), nothing is served from memory. */
  setEnabled(enabled: boolean) {
    if (!enabled) this.invalidate();
    this.enabled = enabled;
  }

  get size() {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private keep(key: string, page: CachedPage) {
    if (page.body.length > this.maxBytes / 8) return;
    this.drop(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  private drop(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}
