'use client';

import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useTranslations } from 'use-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { JSONContent } from '@tiptap/core';
import { editorExtensions } from './editor-extensions';
import { ImageUploadButton } from './image-upload-button';
import { countCharacters } from '@/lib/domain/char-count';
import { EditorToolbar } from './editor-toolbar';
import type { CollaborationSetup } from './collaboration';

// Counting a 50,000-character body on every keystroke would cost a frame, so
// the count follows typing after a short pause.
const COUNT_DELAY_MS = 150;

/**
 * The story body in TipTap, typeset as in print (two-character indents, CJK
 * serif). It does not hold the document in React state: the owner reads
 * `editor.getJSON()` when it saves, so typing in a long story stays cheap.
 */
export function BodyEditor({
  initialBody,
  editable,
  label,
  onChange,
  onReady,
  toolbarExtra,
  countLine,
  collaboration,
  loading = false,
}: {
  /** The body to start from; ignored when writing together (the shared document holds it). */
  initialBody: JSONContent;
  editable: boolean;
  label: string;
  onChange?: (editor: Editor) => void;
  onReady?: (editor: Editor) => void;
  /** Extra toolbar buttons (e.g. 批注) */
  toolbarExtra?: (editor: Editor) => ReactNode;
  /** What to show beside the body's 字数 */
  countLine?: (bodyCount: number) => ReactNode;
  /** The story's shared document and its provider: the body is edited together with everyone who has it open. */
  collaboration?: CollaborationSetup;
  /**
   * The stored body shown while the shared one is on its way: not a text box yet
   * (nothing typed into it would be kept), so neither a person nor a test clicks into it.
   */
  loading?: boolean;
}) {
  const t = useTranslations('articles');
  const [bodyCount, setBodyCount] = useState<number | null>(null);
  const countTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const recount = (editor: Editor) => setBodyCount(countCharacters(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n')));

  const editor = useEditor({
    extensions: editorExtensions({ uploadFailed: t('image.uploadFailed'), collaboration }),
    content: collaboration ? undefined : initialBody,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'tiptap story-body min-h-80 px-4 py-3 font-serif text-base leading-loose',
        ...(loading ? { role: 'document', 'aria-busy': 'true' } : { role: 'textbox', 'aria-multiline': 'true' }),
        'aria-label': label,
      },
    },
    onCreate: ({ editor }) => {
      recount(editor);
      onReady?.(editor);
    },
    onUpdate: ({ editor }) => {
      clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => recount(editor), COUNT_DELAY_MS);
      onChangeRef.current?.(editor);
    },
  });
  useEffect(() => () => clearTimeout(countTimer.current), []);
  // The server may stop taking changes while the story is open (filed, published).
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="rounded border border-neutral-300 bg-white focus-within:border-blue-600">
      {editable && editor && (
        <EditorToolbar
          editor={editor}
          extra={
            <>
              <ImageUploadButton editor={editor} />
              {toolbarExtra?.(editor)}
            </>
          }
        />
      )}
      <EditorContent editor={editor} />
      <div className="flex flex-wrap justify-end gap-3 border-t border-neutral-200 px-3 py-1 text-xs text-neutral-600" aria-live="polite">
        {countLine?.(bodyCount ?? 0)}
        <span data-testid="char-count">{t('charCount', { count: bodyCount ?? 0 })}</span>
      </div>
    </div>
  );
}
