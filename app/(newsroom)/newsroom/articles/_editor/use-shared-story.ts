'use client';

import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { storyDocumentName } from '@/lib/collab/shared-story';
import { parseCollabMessage, type CollabMessage, type CollabRequest } from '@/lib/collab/collab-messages';
import type { CollaborationSetup, CollaboratorUser } from '@/components/editor/collaboration';
import { clearLocalCopy, keepLocalCopy, mergeLocalCopy } from './shared-local-copy';

const LOCAL_COPY_DELAY_MS = 300;
const UNCONFIRMED_SHOWN_AFTER_MS = 250;

export type SharedStory = {
  setup: CollaborationSetup | null;
  /** The server's copy has arrived (the editor shows the story from then on). */
  synced: boolean;
  connection: 'connecting' | 'connected' | 'offline';
  /** Changes sent that the server has not confirmed for a while (0 while they are confirmed in their usual few milliseconds). */
  unsynced: number;
  /** Why the server takes no changes from this browser, if it does not. */
  readOnly: 'locked' | 'forbidden' | 'readOnlyRole' | null;
  stored: Extract<CollabMessage, { kind: 'stored' }> | null;
  /** The other people with the story open (names as the server knows them). */
  peers: CollaboratorUser[];
  /** When changes kept in this browser, never synced, were merged back on arrival. */
  recoveredFrom: Date | null;
  /** Asks the server to store the story now rather than at the next pause (保存, Ctrl+S). */
  storeNow: () => void;
};

const INITIAL: Omit<SharedStory, 'storeNow'> = { setup: null, synced: false, connection: 'connecting', unsynced: 0, readOnly: null, stored: null, peers: [], recoveredFrom: null };

/**
 * A story's shared document `doc`, live: connects it to the collaboration server,
 * keeps a copy of unconfirmed changes in the browser, and reports connection,
 * sync, storing and the others present. Off (null setup) until there is a story id.
 */
export function useSharedStory({ url, articleId, user, doc }: { url: string | null; articleId: string | undefined; user: CollaboratorUser; doc: Y.Doc }): SharedStory {
  const [state, setState] = useState(INITIAL);
  const { name, color } = user;

  useEffect(() => {
    if (!url || !articleId) return;
    const update = (patch: Partial<typeof INITIAL>) => setState((previous) => ({ ...previous, ...patch }));
    let localTimer: ReturnType<typeof setTimeout> | undefined;
    let waitingTimer: ReturnType<typeof setTimeout> | undefined;
    let shownWaiting = false;
    let peerNames = '';
    let synced = false;
    const provider = new HocuspocusProvider({
      url,
      name: storyDocumentName(articleId),
      document: doc,
      // The session cookie goes with the handshake; a token must be sent for the server to check it.
      token: 'session-cookie',
      onAuthenticated: ({ scope }) => update({ readOnly: scope === 'readonly' ? 'readOnlyRole' : null }),
      onAuthenticationFailed: () => update({ readOnly: 'forbidden' }),
      onStatus: ({ status }) => update({ connection: status === WebSocketStatus.Connected ? 'connected' : status === WebSocketStatus.Connecting ? 'connecting' : 'offline' }),
      onSynced: () => {
        if (synced) return;
        synced = true;
        update({ synced: true, recoveredFrom: mergeLocalCopy(articleId, doc) });
      },
      // Every keystroke is unconfirmed for the few milliseconds of its round trip: the state
      // (and the page) changes only when changes stay unconfirmed for a while, or when they are confirmed after that.
      onUnsyncedChanges: ({ number }) => {
        clearTimeout(localTimer);
        clearTimeout(waitingTimer);
        if (number === 0) {
          clearLocalCopy(articleId);
          if (shownWaiting) update({ unsynced: 0 });
          shownWaiting = false;
          return;
        }
        localTimer = setTimeout(() => keepLocalCopy(articleId, doc), LOCAL_COPY_DELAY_MS);
        waitingTimer = setTimeout(() => {
          shownWaiting = true;
          update({ unsynced: provider.unsyncedChanges });
        }, UNCONFIRMED_SHOWN_AFTER_MS);
      },
      onStateless: ({ payload }) => {
        const message = parseCollabMessage(payload);
        if (message?.kind === 'stored') update({ stored: message });
        if (message?.kind === 'readOnly') update({ readOnly: message.reason });
      },
      // Others' carets move with every letter they type; the list of names changes far less often.
      onAwarenessChange: ({ states }) => {
        const others = states.filter((s) => s.clientId !== doc.clientID && s.user).map((s) => s.user as CollaboratorUser);
        const peers = others.filter((peer, i) => others.findIndex((p) => p.name === peer.name) === i);
        const names = peers.map((peer) => peer.name).join('\n');
        if (names === peerNames) return;
        peerNames = names;
        update({ peers });
      },
    });
    provider.setAwarenessField('user', { name, color });
    update({ ...INITIAL, setup: { doc, provider } });

    // The browser knows it went offline before the socket does: stop, keep the changes here,
    // and say so at once (with the network gone, the socket's closing handshake can take
    // many seconds to end, and only then would its status say it).
    const offline = () => {
      keepLocalCopy(articleId, doc);
      provider.configuration.websocketProvider.disconnect();
      update({ connection: 'offline' });
    };
    const online = () => void provider.configuration.websocketProvider.connect();
    const hidden = () => provider.unsyncedChanges > 0 && keepLocalCopy(articleId, doc);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    window.addEventListener('pagehide', hidden);
    return () => {
      clearTimeout(localTimer);
      clearTimeout(waitingTimer);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', hidden);
      if (provider.unsyncedChanges > 0) keepLocalCopy(articleId, doc);
      provider.destroy();
      setState(INITIAL);
    };
  }, [url, articleId, name, color, doc]);

  const provider = state.setup?.provider;
  const storeNow = useCallback(() => provider?.sendStateless(JSON.stringify({ kind: 'storeNow' } satisfies CollabRequest)), [provider]);
  return { ...state, storeNow };
}
