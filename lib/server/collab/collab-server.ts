import 'server-only';
import { Server, type Connection, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { AppError } from '@/lib/errors';
import { articleIdOfDocument, storyDocumentName } from '@/lib/collab/shared-story';
import type { Actor } from '../session';
import { actorForSession } from '@/lib/auth/staff-sessions';
import { actorFromCookieHeader } from './collab-actor';
import { isStoreNowRequest, type CollabMessage } from '@/lib/collab/collab-messages';
import { listenToChannel } from '@/lib/server/db-channel';
import { loadSharedStoryState, SHARED_STORY_CHANNEL, sharedStoryAccess, storeSharedStory } from './shared-story-state';

/** Stores wait for a pause in typing, but never longer than MAX while typing goes on. */
const STORE_DEBOUNCE_MS = 2000;
const STORE_MAX_DEBOUNCE_MS = 10_000;
/** How long a connection's right to change the story is trusted before it is read again. */
const ACCESS_RECHECK_MS = 1000;
/** The largest message a browser may send: a whole 2 MB story pasted at once fits. */
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

type CollabContext = { actor: Actor; articleId: string; checkedAt: number };

export type CollabServerOptions = {
  port: number;
  host?: string;
  databaseUrl: string;
  /** Origins whose pages may open the socket (the newsroom's); others are refused, so no other site can use a staff member's cookie. */
  allowedOrigins: string[];
  /** Several collaboration servers share open documents through Redis (production behind nginx). */
  redisUrl?: string;
};

const send = (connection: Connection, message: CollabMessage) => connection.sendStateless(JSON.stringify(message));

/**
 * The collaboration server (Hocuspocus): every story's shared document, opened
 * only for a signed-in staff member who may read the story, writable only while
 * they may edit it and it has not gone out; stored to PostgreSQL after a pause in
 * typing (lib/server/collab/shared-story-state.ts).
 */
export async function startCollabServer(options: CollabServerOptions) {
  const lastEditor = new Map<string, Actor>();
  const allowed = new Set(options.allowedOrigins.map((origin) => new URL(origin).origin));

  const access: Extension = {
    async onAuthenticate({ documentName, requestHeaders, connectionConfig }) {
      const origin = requestHeaders.get('origin');
      if (origin && !allowed.has(origin)) throw new AppError('FORBIDDEN', 'forbidden');
      const articleId = articleIdOfDocument(documentName);
      if (!articleId) throw new AppError('NOT_FOUND', 'notFound');
      const actor = await actorFromCookieHeader(requestHeaders.get('cookie'));
      if (!actor) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
      const { canEdit } = await sharedStoryAccess(actor, articleId);
      connectionConfig.readOnly = !canEdit;
      return { actor, articleId, checkedAt: Date.now() } satisfies CollabContext;
    },

    async onLoadDocument({ document, documentName }) {
      const articleId = articleIdOfDocument(documentName)!;
      Y.applyUpdate(document, await loadSharedStoryState(articleId), { source: 'local', skipStoreHooks: true });
      return document;
    },

    // A change is taken only while its sender may still make it: a story filed, moved
    // or published while someone types becomes read-only for them within a second.
    async beforeSync({ connection, type, context }) {
      if (type === 0 || connection.readOnly) return;
      const ctx = context as CollabContext;
      if (Date.now() - ctx.checkedAt < ACCESS_RECHECK_MS) return;
      const actor = ctx.actor.sessionId ? await actorForSession({ staffId: ctx.actor.id, sessionId: ctx.actor.sessionId }) : null;
      const verdict = actor ? await sharedStoryAccess(actor, ctx.articleId).catch(() => null) : null;
      ctx.checkedAt = Date.now();
      if (actor) ctx.actor = actor;
      if (!verdict?.canEdit) {
        connection.readOnly = true;
        send(connection, { kind: 'readOnly', reason: verdict?.locked ? 'locked' : 'forbidden' });
      }
    },

    // Names on carets are the server's, not what a browser claims.
    async beforeHandleAwareness({ states, context }) {
      const actor = (context as CollabContext | undefined)?.actor;
      if (!actor) return;
      for (const state of states.values()) {
        if (state.user && typeof state.user === 'object') state.user.name = actor.name;
      }
    },

    async onChange({ documentName, context, transactionOrigin }) {
      const actor = (context as CollabContext | undefined)?.actor;
      if (actor && (transactionOrigin as { source?: string } | undefined)?.source === 'connection') lastEditor.set(documentName, actor);
    },

    async onStoreDocument({ document, documentName }) {
      const actor = lastEditor.get(documentName);
      if (!actor) return;
      const articleId = articleIdOfDocument(documentName)!;
      try {
        const outcome = await storeSharedStory({ actor, articleId, update: Y.encodeStateAsUpdate(document) });
        const message: CollabMessage = { kind: 'stored', version: outcome.version, at: new Date().toISOString(), refused: outcome.refused };
        document.broadcastStateless(JSON.stringify(message));
      } catch (error) {
        if (!(error instanceof AppError) || (error.code !== 'CONFLICT' && error.code !== 'FORBIDDEN' && error.code !== 'NOT_FOUND')) throw error;
        // Refused: what was typed since is not kept. Everyone is told, and reconnects to the stored story.
        const message: CollabMessage = { kind: 'readOnly', reason: error.code === 'CONFLICT' ? 'locked' : 'forbidden' };
        document.broadcastStateless(JSON.stringify(message));
        setTimeout(() => server.hocuspocus.closeConnections(documentName), 100);
      }
    },

    // 保存 / Ctrl+S: store now instead of at the next pause.
    async onStateless({ payload, document, connection }) {
      if (!isStoreNowRequest(payload) || connection.readOnly) return;
      await server.hocuspocus.storeDocumentHooks(
        document,
        { clientsCount: document.getConnectionsCount(), document, documentName: document.name, instance: server.hocuspocus, lastContext: connection.context, lastTransactionOrigin: undefined },
        true,
      );
    },

    async afterUnloadDocument({ documentName }) {
      lastEditor.delete(documentName);
    },

    // A health check for the supervisor and the tests: which process answers.
    async onRequest({ request, response }) {
      if (request.url !== '/health') return;
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ pid: process.pid, documents: server.hocuspocus.getDocumentsCount(), connections: server.hocuspocus.getConnectionsCount() }));
      throw null; // tells Hocuspocus the request was answered
    },
  };

  const extensions: Extension[] = [access];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379), prefix: 'masthead-collab' }));
  }

  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions,
  });
  await server.listen();

  const listener = await listenForOutsideChanges(
    options.databaseUrl,
    async (articleId) => {
      const document = server.hocuspocus.documents.get(storyDocumentName(articleId));
      if (!document) return;
      Y.applyUpdate(document, await loadSharedStoryState(articleId), { source: 'local', skipStoreHooks: true });
    },
    () => [...server.hocuspocus.documents.keys()].map((name) => articleIdOfDocument(name)).filter((id): id is string => !!id),
  );

  return {
    server,
    port: server.address.port,
    /** Stores what is pending, then closes every connection (the browsers reconnect elsewhere or later). */
    async stop() {
      await server.destroy();
      await listener.stop();
    },
  };
}

/**
 * A change made outside the collaboration server (a restored revision, a
 * correction) is announced on SHARED_STORY_CHANNEL; `apply` brings it into the
 * open document. After a dropped connection every open document is brought up
 * to date, as announcements may have been missed meanwhile.
 */
function listenForOutsideChanges(databaseUrl: string, apply: (articleId: string) => Promise<void>, openDocuments?: () => string[]) {
  return listenToChannel({
    databaseUrl,
    channel: SHARED_STORY_CHANNEL,
    label: 'collab',
    onNotification: (articleId) => {
      if (articleId) apply(articleId).catch((error) => console.error('[collab] applying an outside change failed', error));
    },
    onUp: async (reconnected) => {
      if (reconnected) for (const articleId of openDocuments?.() ?? []) await apply(articleId).catch(() => undefined);
    },
  });
}
