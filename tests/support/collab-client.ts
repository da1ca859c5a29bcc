// A browser's connection to a story's shared document, from Node: the same
// provider the editor uses, over a WebSocket that carries the given cookie and
// page origin. For tests that talk to the collaboration server directly, as a
// hostile client could.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { storyDocumentName } from '@/lib/collab/shared-story';

export type OpenedStory = { doc: Y.Doc; provider: HocuspocusProvider; readOnly: boolean; messages: string[]; close: () => void };

/** Resolves once synced; rejects ("refused: …") when the server refuses the connection. */
export function openSharedStory({ url, articleId, cookie, origin }: { url: string; articleId: string; cookie?: string; origin: string }): Promise<OpenedStory> {
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  class BrowserSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const messages: string[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: BrowserSocket as never, maxAttempts: 1 });
  return new Promise((resolve, reject) => {
    let readOnly = false;
    const close = () => {
      provider.destroy();
      socket.destroy();
    };
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: storyDocumentName(articleId),
      document: doc,
      token: 'session-cookie',
      onAuthenticated: ({ scope }) => {
        readOnly = scope === 'readonly';
      },
      onAuthenticationFailed: ({ reason }) => {
        close();
        reject(new Error(`refused: ${reason}`));
      },
      onStateless: ({ payload }) => messages.push(payload),
      onSynced: () => resolve({ doc, provider, readOnly, messages, close }),
    });
    provider.attach();
  });
}

/** Waits until `check` holds, polling; throws naming `what` after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
