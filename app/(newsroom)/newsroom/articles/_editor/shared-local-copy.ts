// The browser's own copy of changes the server has not confirmed yet: if the tab
// or the browser dies before they sync, the next visit merges them back in.
import * as Y from 'yjs';
import { sharedStoryLineage } from '@/lib/collab/shared-story';

const key = (articleId: string) => `masthead:shared-story:${articleId}`;
type Kept = { lineage: string; update: string; at: number };

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function keepLocalCopy(articleId: string, doc: Y.Doc): void {
  const lineage = sharedStoryLineage(doc);
  if (!lineage) return;
  try {
    localStorage.setItem(key(articleId), JSON.stringify({ lineage, update: toBase64(Y.encodeStateAsUpdate(doc)), at: Date.now() } satisfies Kept));
  } catch {
    // Storage full or switched off: the server copy is all there is.
  }
}

export function clearLocalCopy(articleId: string): void {
  try {
    localStorage.removeItem(key(articleId));
  } catch {}
}

/**
 * Merges a kept copy into the synced document, if it is this document's and
 * holds something the server has not got. Returns when it was kept, or null.
 */
export function mergeLocalCopy(articleId: string, doc: Y.Doc): Date | null {
  let kept: Kept | null = null;
  try {
    kept = JSON.parse(localStorage.getItem(key(articleId)) ?? 'null') as Kept | null;
  } catch {
    kept = null;
  }
  if (!kept || kept.lineage !== sharedStoryLineage(doc)) {
    clearLocalCopy(articleId);
    return null;
  }
  const update = fromBase64(kept.update);
  const missing = Y.diffUpdate(update, Y.encodeStateVector(doc));
  const before = Y.encodeStateVector(doc);
  Y.applyUpdate(doc, missing, 'local-copy');
  const changed = !equalBytes(before, Y.encodeStateVector(doc));
  if (!changed) clearLocalCopy(articleId);
  return changed ? new Date(kept.at) : null;
}

function equalBytes(a: Uint8Array, b: Uint8Array) {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
