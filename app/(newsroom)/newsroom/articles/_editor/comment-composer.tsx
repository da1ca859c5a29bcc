'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { Button } from '@/components/ui/button';
import { addCommentAction } from '../editor-actions';
import type { EditorComment } from './comments-panel';

/**
 * The 批注 toolbar button and its small form: comments on the selected passage,
 * then anchors the comment there with a mark (saved with the body by autosave).
 */
export function CommentComposer({ editor, articleId, onAdded }: { editor: Editor; articleId: string | undefined; onAdded: (comment: EditorComment) => void }) {
  const t = useTranslations('articles.comments');
  const [range, setRange] = useState<{ from: number; to: number; quote: string } | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const start = () => {
    const { from, to } = editor.state.selection;
    const quote = editor.state.doc.textBetween(from, to, ' ').trim();
    if (!articleId) return setMessage(t('saveFirst'));
    if (!quote) return setMessage(t('selectFirst'));
    setMessage(null);
    setRange({ from, to, quote: quote.slice(0, 2000) });
  };
  const submit = async () => {
    if (!range || !articleId) return;
    const formData = new FormData();
    formData.set('articleId', articleId);
    formData.set('quote', range.quote);
    formData.set('body', text);
    const result = await addCommentAction(formData);
    if (!result.ok) return setMessage(result.message);
    editor.chain().setTextSelection({ from: range.from, to: range.to }).setMark('comment', { commentId: result.comment.id }).run();
    onAdded({ ...result.comment, resolved: false });
    setRange(null);
    setText('');
    setMessage(null);
  };
  return (
    <>
      <button type="button" onClick={start} className="rounded px-2 py-1 text-sm hover:bg-neutral-100" title={t('addHint')}>
        {t('add')}
      </button>
      {message && (
        <span role="alert" className="self-center text-xs text-red-700">
          {message}
        </span>
      )}
      {range && (
        <div role="dialog" aria-label={t('add')} className="flex w-full flex-col gap-2 border-t border-neutral-200 p-2">
          <p className="text-xs text-neutral-600">{t('quoted', { quote: range.quote })}</p>
          <label className="text-sm">
            <span className="sr-only">{t('bodyLabel')}</span>
            <textarea autoFocus value={text} onChange={(event) => setText(event.target.value)} placeholder={t('bodyLabel')} rows={2} maxLength={2000} className="w-full rounded border border-neutral-300 p-1 text-sm" />
          </label>
          <div className="flex gap-2">
            <Button type="button" onClick={submit}>
              {t('submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setRange(null)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
