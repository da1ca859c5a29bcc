// Every server forgets its kept pages when any server announces a change on
// READER_PAGES_CHANNEL (lib/server/reader-pages-changed.ts).
import { listenToChannel, type ChannelListener } from '@/lib/server/db-channel';
import type { MemoryPageCache } from './memory-page-cache';
import { READER_PAGES_CHANNEL } from './process-page-cache';

/** A listener that could not start is tried again this often. */
const LISTEN_RETRY_MS = 5000;

/**
 * Listens for reader changes on the database and forgets `cache`'s pages at each.
 * While it cannot hear them (the database is unreachable, or until listening has
 * begun), the cache keeps nothing: a page kept then could outlive a change.
 */
export function followReaderChanges(cache: MemoryPageCache, databaseUrl: string): { ready: Promise<void>; stop(): Promise<void> } {
  cache.setEnabled(false);
  let listener: ChannelListener | null = null;
  let stopped = false;
  let started: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const start = (): Promise<void> =>
    listenToChannel({
      databaseUrl,
      channel: READER_PAGES_CHANNEL,
      label: 'page cache',
      onNotification: () => cache.invalidate(),
      onDown: () => cache.setEnabled(false),
      onUp: () => {
        cache.setEnabled(true);
        started();
      },
    }).then(
      (opened) => {
        listener = opened;
        if (stopped) void opened.stop();
      },
      (error: Error) => {
        console.error(`[page cache] cannot listen for changes (${error.message}); pages are not kept until it can`);
        if (!stopped) setTimeout(start, LISTEN_RETRY_MS).unref();
      },
    );
  void start();
  return {
    ready,
    async stop() {
      stopped = true;
      cache.setEnabled(false);
      await listener?.stop();
    },
  };
}
