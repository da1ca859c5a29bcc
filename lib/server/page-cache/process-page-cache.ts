// The one page cache of this process, reachable from the app server (outside
// Next.js) and from the code Next.js bundled (which has its own copy of every
// module): kept on globalThis under a registered symbol.
import { MemoryPageCache } from './memory-page-cache';

const KEY = Symbol.for('masthead.pageCache');
/** Reader pages change when the paper does: the PostgreSQL channel every server listens on. */
export const READER_PAGES_CHANNEL = 'reader_pages';

type Holder = { [KEY]?: { invalidate(): void } };

/** Creates the process's page cache (the app server does, once). */
export function createProcessPageCache(maxBytes: number): MemoryPageCache {
  const cache = new MemoryPageCache(maxBytes);
  (globalThis as Holder)[KEY] = cache;
  return cache;
}

/** Forgets this process's kept pages at once, if it keeps any (not under `next dev`). */
export function forgetPagesKeptHere() {
  (globalThis as Holder)[KEY]?.invalidate();
}
