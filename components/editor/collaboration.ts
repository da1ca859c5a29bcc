// The editor's half of writing together: the body bound to the story's shared
// Yjs document (TipTap Collaboration) and everyone else's caret and selection
// drawn with their name, from the provider's awareness (y-tiptap's cursor
// plugin, the one TipTap's own caret extension wraps).
import { Extension, type Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '@/lib/collab/shared-story';

/** The shared document, and its provider once connected (a new story has none until its first save). */
export type CollaborationSetup = { doc: Y.Doc; provider: HocuspocusProvider | null };
export type CollaboratorUser = { name: string; color: string };

/** Another person's caret: a thin bar in their colour with their name above it. */
function caret(user: CollaboratorUser): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'collaboration-caret';
  bar.style.borderColor = user.color;
  bar.setAttribute('data-testid', 'collaborator-caret');
  const label = document.createElement('span');
  label.className = 'collaboration-caret-label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  bar.append(label);
  return bar;
}

const Carets = Extension.create<{ provider: HocuspocusProvider | null }>({
  name: 'collaborationCarets',
  addOptions: () => ({ provider: null }),
  addProseMirrorPlugins() {
    const awareness = this.options.provider?.awareness;
    if (!awareness) return [];
    return [
      yCursorPlugin(awareness, {
        cursorBuilder: (user: CollaboratorUser) => caret(user),
        selectionBuilder: (user: CollaboratorUser) => ({ style: `background-color: ${user.color}33`, class: 'collaboration-selection' }),
      }),
    ];
  },
});

export function collaborationExtensions({ doc, provider }: CollaborationSetup): Extensions {
  return [Collaboration.configure({ document: doc, field: BODY_FRAGMENT }), Carets.configure({ provider })];
}
