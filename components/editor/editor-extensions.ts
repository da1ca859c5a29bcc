// The editor's extensions: the shared body schema, with the figure given its
// editing view and the image upload / paste cleanup plugin added. The schema is
// the same as the server renderer's, so what is typed is what can be stored.
// Writing together, the body is bound to the shared document and Yjs keeps the
// undo history (StarterKit's own would undo other people's typing).
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { bodyExtensions, STARTER_KIT_OPTIONS } from '@/lib/tiptap/extensions';
import { Figure } from '@/lib/tiptap/figure';
import { ImageFigureView } from './image-figure-view';
import { ImageUpload } from './image-upload';
import { collaborationExtensions, type CollaborationSetup } from './collaboration';

const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ImageFigureView);
  },
});

export function editorExtensions(options: { uploadFailed: string; collaboration?: CollaborationSetup }): Extensions {
  const own = [EditableFigure, ImageUpload.configure({ fallbackError: options.uploadFailed })];
  if (!options.collaboration) return [...bodyExtensions.filter((extension) => extension.name !== Figure.name), ...own];
  const shared = bodyExtensions.filter((extension) => extension.name !== Figure.name && extension.name !== StarterKit.name);
  return [StarterKit.configure({ ...STARTER_KIT_OPTIONS, undoRedo: false }), ...shared, ...own, ...collaborationExtensions(options.collaboration)];
}
