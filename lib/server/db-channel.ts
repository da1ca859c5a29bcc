// LISTEN on a PostgreSQL channel from a process of its own (the collaboration
// server, the app server's page cache): how every server hears of a change made
// on another. Plain `pg`, no Prisma and no `server-only`, so that code outside
// Next.js can use it.
import pg from 'pg';

/** How long to wait before listening again after the database connection dropped. */
const RELISTEN_MS = 1000;

export type ChannelListener = { stop(): Promise<void> };

/**
 * Calls `onNotification` with each payload sent on `channel`. A dropped connection
 * (a database restart) is reported with `onDown` and opened again; `onUp` runs
 * each time listening (re)starts, `reconnected` true after a drop, when
 * announcements may have been missed meanwhile. The first connection must succeed.
 */
export async function listenToChannel(options: {
  databaseUrl: string;
  channel: string;
  label: string;
  onNotification: (payload: string) => void;
  onDown?: () => void;
  onUp?: (reconnected: boolean) => Promise<void> | void;
}): Promise<ChannelListener> {
  if (!/^[a-z_][a-z0-9_]*$/.test(options.channel)) throw new Error(`Not a channel name: ${options.channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  const again = () => {
    if (!stopped) setTimeout(() => void connect().catch(() => undefined), RELISTEN_MS).unref();
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.databaseUrl });
    next.on('notification', ({ payload }) => options.onNotification(payload ?? ''));
    next.on('error', (error) => {
      console.error(`[${options.label}] lost the database listener; listening again`, error.message);
      options.onDown?.();
      next.end().catch(() => undefined);
      again();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
    } catch (error) {
      next.end().catch(() => undefined);
      if (stopped) return;
      if (!client) throw error;
      again();
      return;
    }
    const reconnected = client !== null;
    client = next;
    await options.onUp?.(reconnected);
  };
  await connect();
  return {
    async stop() {
      stopped = true;
      await client?.end().catch(() => undefined);
    },
  };
}
