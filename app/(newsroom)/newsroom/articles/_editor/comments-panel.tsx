'use client';

import { formatTime } from '@/lib/i18n/format';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { useTranslations } from 'use-intl';
import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { isCommentId } from '@/lib/tiptap/comment-mark';
import { resolveCommentAction } from '../editor-actions';

export type EditorComment = { id: string; quote: string; body: string; createdAt: string; author: string; resolved: boolean };

/** Moves the cursor to the passage a comment is anchored to, if it is still there. */
function focusAnchor(editor: Editor, commentId: string): boolean {
  let found: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (node.isText && node.marks.some((mark) => mark.type.name === 'comment' && mark.attrs.commentId === commentId)) {
      found = { from: pos, to: pos + node.nodeSize };
    }
    return !found;
  });
  if (!found) return false;
  editor.chain().focus().setTextSelection(found).scrollIntoView().run();
  return true;
}

/** 批注 beside the body: open ones first, each with its passage; resolved ones kept below. */
export function CommentsPanel({
  comments,
  anchored,
  getEditor,
  onResolved,
}: {
  comments: EditorComment[];
  anchored: Set<string>;
  getEditor: () => Editor | null;
  onResolved: (id: string, resolved: boolean) => void;
}) {
  const t = useTranslations('articles.comments');
  const locale = useStaffLocale();
  const [error, setError] = useState<string | null>(null);
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);
  const toggle = async (comment: EditorComment) => {
    const formData = new FormData();
    formData.set('commentId', comment.id);
    formData.set('resolved', String(!comment.resolved));
    const state = await resolveCommentAction(formData);
    if (state.status === 'error') return setError(state.message ?? '');
    setError(null);
    onResolved(comment.id, !comment.resolved);
  };
  const item = (comment: EditorComment) => (
    <li key={comment.id} className="rounded border border-neutral-200 bg-white p-2 text-sm" data-testid="comment">
      <button
        type="button"
        className="mb-1 block w-full text-left font-serif text-neutral-700 hover:underline"
        onClick={() => {
          const editor = getEditor();
          if (editor) focusAnchor(editor, comment.id);
        }}
        disabled={!anchored.has(comment.id)}
        title={anchored.has(comment.id) ? t('goTo') : t('passageGone')}
      >
        {t('quoted', { quote: comment.quote })}{!anchored.has(comment.id) && <span className="ml-1 text-xs text-amber-700">{t('passageGone')}</span>}
      </button>
      <p className="whitespace-pre-wrap">{comment.body}</p>
      <p className="mt-1 flex items-center justify-between text-xs text-neutral-500">
        <span>
          {comment.author} · {formatTime(new Date(comment.createdAt), locale)}
        </span>
        <button type="button" className="rounded border border-neutral-300 px-2 py-0.5 hover:bg-neutral-100" onClick={() => toggle(comment)}>
          {comment.resolved ? t('reopen') : t('resolve')}
        </button>
      </p>
    </li>
  );
  // Open comments' passages are highlighted in the editor; ids are checked, so the rule is safe to build.
  const highlight = open
    .map((c) => c.id)
    .filter(isCommentId)
    .map((id) => `.tiptap span[data-comment-id="${id}"]`)
    .join(',');
  return (
    <aside aria-labelledby="comments-title" className="flex flex-col gap-2">
      {highlight && <style>{`${highlight}{background:#fef08a;border-bottom:2px solid #ca8a04}`}</style>}
      <h2 id="comments-title" className="text-sm font-bold">
        {t('title', { count: open.length })}
      </h2>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
      {open.length === 0 && <p className="text-xs text-neutral-500">{t('empty')}</p>}
      <ul className="flex flex-col gap-2">{open.map(item)}</ul>
      {resolved.length > 0 && (
        <details>
          <summary className="cursor-pointer text-xs text-neutral-600">{t('resolvedTitle', { count: resolved.length })}</summary>
          <ul className="mt-2 flex flex-col gap-2 opacity-70">{resolved.map(item)}</ul>
        </details>
      )}
    </aside>
  );
}
