// PGlite answers an extended-protocol message that fails (say an INSERT hitting a
// unique constraint at Execute) with ErrorResponse *and* ReadyForQuery at once,
// then answers the Sync with a second ReadyForQuery. PostgreSQL sends only the one
// at Sync, and skips the batch's remaining messages. The extra ReadyForQuery
// shifts that connection by one: its next query gets an empty answer and the
// query after gets the previous rows. That made tests after any unique violation
// fail at random. This makes the socket server behave as PostgreSQL does.
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

type QueryQueue = {
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
};

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q': the simple protocol, where ErrorResponse + ReadyForQuery is right
const ERROR = 0x45; // 'E'
const READY = 0x5a; // 'Z'

/** The backend messages in `data`, or null when it does not split cleanly into whole messages. */
function backendMessages(data: Uint8Array): Uint8Array[] | null {
  const messages: Uint8Array[] = [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  while (offset < data.length) {
    if (offset + 5 > data.length) return null;
    const end = offset + 1 + view.getInt32(offset + 1);
    if (end > data.length) return null;
    messages.push(data.subarray(offset, end));
    offset = end;
  }
  return messages;
}

export function followPostgresErrorRules(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const enqueue = queue.enqueue.bind(queue);
  /** Connections whose batch failed: their messages are skipped until Sync. */
  const failed = new Set<number>();

  queue.enqueue = (handlerId, message, onData) => {
    const type = message[0];
    if (type === SYNC) failed.delete(handlerId);
    // Startup (first byte 0), simple queries and Sync pass through untouched.
    if (type === SYNC || type === QUERY || type === 0) return enqueue(handlerId, message, onData);
    if (failed.has(handlerId)) return Promise.resolve(0);
    return enqueue(handlerId, message, (data) => {
      const messages = backendMessages(data);
      if (!messages) return onData(data);
      if (messages.some((m) => m[0] === ERROR)) failed.add(handlerId);
      const kept = messages.filter((m) => m[0] !== READY);
      if (kept.length === messages.length) return onData(data);
      const out = new Uint8Array(kept.reduce((sum, m) => sum + m.length, 0));
      let offset = 0;
      for (const m of kept) {
        out.set(m, offset);
        offset += m.length;
      }
      onData(out);
    });
  };
}
