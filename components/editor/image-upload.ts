// Images into the body by drop, paste or the toolbar: each file goes to the
// upload route (which judges it by content) and comes back as a figure node.
// Refusals are announced to whoever listens (the toolbar's status line).
import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from '@/lib/tiptap/paste-cleanup';

export type UploadEvent = { state: 'uploading' } | { state: 'done' } | { state: 'error'; message: string };
type Listener = (event: UploadEvent) => void;

declare module '@tiptap/core' {
  interface Storage {
    imageUpload: { listeners: Set<Listener>; fallbackError: string };
  }
}

const announce = (editor: Editor, event: UploadEvent) => editor.storage.imageUpload.listeners.forEach((listener) => listener(event));

/** Uploads `files` one by one and inserts a figure for each accepted image at `position` (or the cursor). */
export async function insertImages(editor: Editor, files: File[], position?: number) {
  let at = position;
  for (const file of files) {
    announce(editor, { state: 'uploading' });
    try {
      const form = new FormData();
      form.append('file', file);
      const response = await fetch('/api/media', { method: 'POST', body: form });
      const result = (await response.json().catch(() => ({}))) as { media?: { id: string; width: number; height: number }; error?: string };
      if (!response.ok || !result.media) {
        announce(editor, { state: 'error', message: result.error ?? editor.storage.imageUpload.fallbackError });
        continue;
      }
      const figure = { type: 'figure', attrs: { mediaId: result.media.id, width: result.media.width, height: result.media.height, caption: '', credit: '' } };
      // A selected figure (just inserted, or clicked) is kept: the new one goes after it.
      const { selection } = editor.state;
      const target = at ?? (selection instanceof NodeSelection ? selection.to : undefined);
      const chain = editor.chain().focus();
      (target === undefined ? chain.insertContent(figure) : chain.insertContentAt(target, figure)).run();
      at = undefined;
      announce(editor, { state: 'done' });
    } catch {
      announce(editor, { state: 'error', message: editor.storage.imageUpload.fallbackError });
    }
  }
}

export const ImageUpload = Extension.create<{ fallbackError: string }>({
  name: 'imageUpload',
  addOptions: () => ({ fallbackError: 'Upload failed' }),
  addStorage() {
    return { listeners: new Set<Listener>(), fallbackError: this.options.fallbackError };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('imageUpload'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          handlePaste: (_view, event) => {
            const files = [...(event.clipboardData?.files ?? [])];
            if (!files.length || !editor.isEditable) return false;
            event.preventDefault();
            void insertImages(editor, files);
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (moved || !files.length || !editor.isEditable) return false;
            event.preventDefault();
            const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            void insertImages(editor, files, position);
            return true;
          },
        },
      }),
    ];
  },
});
