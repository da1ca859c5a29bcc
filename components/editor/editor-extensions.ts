// The editor's extensions: the shared body schema, with the figure given its
// editing view and the image upload / paste cleanup plugin added. The schema is
// the same as the server renderer's, so what is typed is what can be stored.
import { ReactNodeViewRenderer } from '@tiptap/react';
import type { Extensions } from '@tiptap/core';
import { bodyExtensions } from '@/lib/tiptap/extensions';
import { Figure } from '@/lib/tiptap/figure';
import { ImageFigureView } from './image-figure-view';
import { ImageUpload } from './image-upload';

const EditableFigure = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ImageFigureView);
  },
});

export function editorExtensions(options: { uploadFailed: string }): Extensions {
  return [...bodyExtensions.filter((extension) => extension.name !== Figure.name), EditableFigure, ImageUpload.configure({ fallbackError: options.uploadFailed })];
}
