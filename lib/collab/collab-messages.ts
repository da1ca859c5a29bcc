// What the collaboration server tells the editors of a story, as Hocuspocus
// stateless messages (JSON). Shared by the server and the browser.
import type { ArticleTextField } from '@/lib/domain/article-text-fields';

export type CollabMessage =
  /** The story was stored (or found unchanged) at `version`; `refused` parts kept their stored value. */
  | { kind: 'stored'; version: number; at: string; refused: Partial<Record<ArticleTextField | 'body', string>> }
  /** Changes are no longer taken: the story went out (`locked`) or the person may no longer edit it. */
  | { kind: 'readOnly'; reason: 'locked' | 'forbidden' };

export function parseCollabMessage(payload: string): CollabMessage | null {
  try {
    const message = JSON.parse(payload) as CollabMessage;
    return message && (message.kind === 'stored' || message.kind === 'readOnly') ? message : null;
  } catch {
    return null;
  }
}

/** What a browser may ask of the collaboration server. */
export type CollabRequest = { kind: 'storeNow' };

export function isStoreNowRequest(payload: string): boolean {
  try {
    return (JSON.parse(payload) as CollabRequest | null)?.kind === 'storeNow';
  } catch {
    return false;
  }
}
