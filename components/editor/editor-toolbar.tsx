'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslations } from 'use-intl';
import type { ReactNode } from 'react';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Every mark and block the body allows, as buttons; each names its shortcut. */
export function EditorToolbar({ editor, extra }: { editor: Editor; extra?: ReactNode }) {
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
      link: editor.isActive('link'),
    }),
  });
  const toggleLink = () => {
    if (state.link) return editor.chain().focus().extendMarkRange('link').unsetLink().run();
    const href = window.prompt(t('linkPrompt'), 'https://');
    if (!href) return;
    // The schema refuses anything but http(s) and mailto; say so instead of silently dropping it.
    if (!/^(https?:\/\/|mailto:)/i.test(href.trim())) return window.alert(t('linkRefused'));
    editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  const buttons = [
    { key: 'bold', run: () => editor.chain().focus().toggleBold().run(), active: state.bold, shortcut: `${MOD}B`, className: 'font-bold' },
    { key: 'italic', run: () => editor.chain().focus().toggleItalic().run(), active: state.italic, shortcut: `${MOD}I`, className: 'italic' },
    { key: 'heading', run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(), active: state.heading, shortcut: `${MOD}Alt+3` },
    { key: 'quote', run: () => editor.chain().focus().toggleBlockquote().run(), active: state.quote, shortcut: `${MOD}Shift+B` },
    { key: 'bulletList', run: () => editor.chain().focus().toggleBulletList().run(), active: state.bulletList, shortcut: `${MOD}Shift+8` },
    { key: 'orderedList', run: () => editor.chain().focus().toggleOrderedList().run(), active: state.orderedList, shortcut: `${MOD}Shift+7` },
    { key: 'link', run: toggleLink, active: state.link, shortcut: '' },
    { key: 'rule', run: () => editor.chain().focus().setHorizontalRule().run(), active: false, shortcut: '' },
    { key: 'undo', run: () => editor.chain().focus().undo().run(), active: false, shortcut: `${MOD}Z` },
    { key: 'redo', run: () => editor.chain().focus().redo().run(), active: false, shortcut: `${MOD}Shift+Z` },
  ] as const;
  return (
    <div role="toolbar" aria-label={articles('toolbarLabel')} className="flex flex-wrap gap-1 border-b border-neutral-200 p-1">
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          onClick={button.run}
          aria-pressed={button.active}
          title={button.shortcut ? `${t(button.key)}（${button.shortcut}）` : t(button.key)}
          aria-keyshortcuts={button.shortcut ? button.shortcut.replace('⌘', 'Meta+') : undefined}
          className={`rounded px-2 py-1 text-sm hover:bg-neutral-100 aria-pressed:bg-neutral-200 ${'className' in button ? button.className : ''}`}
        >
          {t(button.key)}
        </button>
      ))}
      {extra}
    </div>
  );
}
