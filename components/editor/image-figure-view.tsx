'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslations } from 'use-intl';
import { figureImage, safeFigureAttrs } from '@/lib/tiptap/figure';

/** A photo in the editor: the image with its caption (图片说明) and credit (署名) typed beneath. */
export function ImageFigureView({ node, updateAttributes, deleteNode, editor, selected }: ReactNodeViewProps) {
  const t = useTranslations('articles.image');
  const attrs = safeFigureAttrs(node.attrs);
  const image = figureImage(attrs);
  const editable = editor.isEditable;
  const input = 'w-full rounded border border-neutral-300 px-2 py-1 font-sans text-sm';
  // Enter in a caption must not submit the story form around the editor.
  const noSubmit = (event: React.KeyboardEvent) => event.key === 'Enter' && event.preventDefault();
  return (
    <NodeViewWrapper as="figure" className={`story-figure ${selected ? 'outline outline-2 outline-blue-600' : ''}`} data-media-id={attrs.mediaId ?? undefined} data-testid="editor-figure">
      {image ? (
        <img src={image.src} srcSet={image.jpegSrcSet} sizes={image.sizes} alt={attrs.caption || t('alt')} width={image.width} height={image.height} draggable={false} data-drag-handle="" />
      ) : (
        <span className="figure-missing" />
      )}
      {editable ? (
        <figcaption className="mt-1 grid gap-1 [text-indent:0]" contentEditable={false}>
          <input className={input} aria-label={t('caption')} placeholder={t('captionPlaceholder')} value={attrs.caption} maxLength={500} onKeyDown={noSubmit} onChange={(event) => updateAttributes({ caption: event.target.value })} />
          <div className="flex gap-1">
            <input className={input} aria-label={t('credit')} placeholder={t('creditPlaceholder')} value={attrs.credit} maxLength={500} onKeyDown={noSubmit} onChange={(event) => updateAttributes({ credit: event.target.value })} />
            <button type="button" className="shrink-0 rounded px-2 text-sm text-red-800 hover:bg-red-50" onClick={() => deleteNode()}>
              {t('remove')}
            </button>
          </div>
        </figcaption>
      ) : (
        (attrs.caption || attrs.credit) && (
          <figcaption>
            {attrs.caption && <span className="figure-caption">{attrs.caption}</span>}
            {attrs.credit && <span className="figure-credit">{attrs.credit}</span>}
          </figcaption>
        )
      )}
    </NodeViewWrapper>
  );
}
