// What has been typed is kept in the browser until the server has it, so a
// closed tab, a crashed browser or a dropped network loses nothing: the next
// visit offers it back.
import type { JSONContent } from '@tiptap/core';
import type { ArticleTextField } from '../article-form-values';

export type LocalDraft = {
  values: Record<ArticleTextField, string>;
  body: JSONContent;
  /** The server version the writing was based on; null for a story not yet saved */
  baseVersion: number | null;
  /** When it was written (ms since epoch) */
  at: number;
};

const keyFor = (articleId: string | undefined) => `masthead:article-draft:${articleId ?? 'new'}`;

export function readLocalDraft(articleId: string | undefined): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(articleId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return draft && typeof draft === 'object' && draft.values && draft.body ? draft : null;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or disabled); the caller says so. */
export function writeLocalDraft(articleId: string | undefined, draft: LocalDraft): boolean {
  try {
    window.localStorage.setItem(keyFor(articleId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(articleId: string | undefined) {
  try {
    window.localStorage.removeItem(keyFor(articleId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
