'use client';

import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useTranslations } from 'use-intl';
import { useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import { bodyPlainText } from '@/lib/tiptap/body';
import { countCharacters } from '@/lib/domain/char-count';
import { editorExtensions } from './editor-extensions';
import { ImageUploadButton } from './image-upload-button';

/**
 * The story body in TipTap. Its JSON goes into a hidden `body` field so the
 * surrounding form submits it with the structured parts.
 */
export function BodyEditor({ initialBody, editable, label }: { initialBody: JSONContent; editable: boolean; label: string }) {
  const t = useTranslations('articles');
  const [json, setJson] = useState(() => JSON.stringify(initialBody));
  const editor = useEditor({
    extensions: editorExtensions({ uploadFailed: t('image.uploadFailed') }),
    content: initialBody,
    editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'tiptap story-body min-h-80 px-4 py-3 font-serif text-base leading-loose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
      },
    },
    onUpdate: ({ editor }) => setJson(JSON.stringify(editor.getJSON())),
  });
  const charCount = countCharacters(bodyPlainText(JSON.parse(json)));

  return (
    <div className="rounded border border-neutral-300 bg-white focus-within:border-blue-600">
      <input type="hidden" name="body" value={json} />
      {editable && editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
      <p className="border-t border-neutral-200 px-3 py-1 text-right text-xs text-neutral-600" aria-live="polite" data-testid="char-count">
        {t('charCount', { count: charCount })}
      </p>
    </div>
  );
}

function Toolbar({ editor }: { editor: NonNullable<ReturnType<typeof useEditor>> }) {
  const t = useTranslations('articles.toolbar');
  const articles = useTranslations('articles');
  const state = useEditorState({
    editor,
    selector: ({ editor }) => ({
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      heading: editor.isActive('heading', { level: 3 }),
      quote: editor.isActive('blockquote'),
      bulletList: editor.isActive('bulletList'),
      orderedList: editor.isActive('orderedList'),
    }),
  });
  const buttons = [
    { key: 'bold', label: t('bold'), run: () => editor.chain().focus().toggleBold().run(), active: state.bold, className: 'font-bold' },
    { key: 'italic', label: t('italic'), run: () => editor.chain().focus().toggleItalic().run(), active: state.italic, className: 'italic' },
    { key: 'heading', label: t('heading'), run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(), active: state.heading },
    { key: 'quote', label: t('quote'), run: () => editor.chain().focus().toggleBlockquote().run(), active: state.quote },
    { key: 'bulletList', label: t('bulletList'), run: () => editor.chain().focus().toggleBulletList().run(), active: state.bulletList },
    { key: 'orderedList', label: t('orderedList'), run: () => editor.chain().focus().toggleOrderedList().run(), active: state.orderedList },
    { key: 'rule', label: t('rule'), run: () => editor.chain().focus().setHorizontalRule().run(), active: false },
    { key: 'undo', label: t('undo'), run: () => editor.chain().focus().undo().run(), active: false },
    { key: 'redo', label: t('redo'), run: () => editor.chain().focus().redo().run(), active: false },
  ];
  return (
    <div role="toolbar" aria-label={articles('toolbarLabel')} className="flex flex-wrap gap-1 border-b border-neutral-200 p-1">
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          onClick={button.run}
          aria-pressed={button.active}
          className={`rounded px-2 py-1 text-sm hover:bg-neutral-100 aria-pressed:bg-neutral-200 ${button.className ?? ''}`}
        >
          {button.label}
        </button>
      ))}
      <ImageUploadButton editor={editor} />
    </div>
  );
}
