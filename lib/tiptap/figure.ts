// A photo in a story body: an uploaded image with its caption (图片说明) and
// credit (署名, e.g. 特约摄影 李冬摄). It is an atom with plain-text attributes, so
// the schema holds no markup of its own, and the renderer builds every URL from
// the media id: a stored document cannot point an image anywhere else.
import { Node, type JSONContent } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { safeFigureAttrs, toDimension, toMediaId, toText, type FigureAttrs } from '@/lib/domain/figure-attrs';
import { defaultVariantWidth, mediaSrcSet, mediaUrl } from '@/lib/domain/media-variants';

export type { FigureAttrs };
export { safeFigureAttrs };

/** Story column width on the reader page (max-w-2xl), then the viewport on phones. */
export const FIGURE_SIZES = '(min-width: 42rem) 42rem, 100vw';

/**
 * The `<img>`/`<picture>` attributes for a figure, or null when it has no valid image.
 * `sizes` is how wide it is drawn; `query` goes on every URL (the PDF export's print pass).
 */
export function figureImage(attrs: FigureAttrs, { sizes = FIGURE_SIZES, query }: { sizes?: string; query?: string } = {}) {
  if (!attrs.mediaId || !attrs.width) return null;
  const fallback = defaultVariantWidth(attrs.width);
  return {
    webpSrcSet: mediaSrcSet(attrs.mediaId, attrs.width, 'webp', query),
    jpegSrcSet: mediaSrcSet(attrs.mediaId, attrs.width, 'jpeg', query),
    src: mediaUrl(attrs.mediaId, fallback, 'jpeg', query),
    sizes,
    alt: attrs.caption,
    width: attrs.width,
    height: attrs.height ?? undefined,
  };
}

function figureSpec(raw: Record<string, unknown>): DOMOutputSpec {
  const attrs = safeFigureAttrs(raw);
  const image = figureImage(attrs);
  const caption: DOMOutputSpec[] = [];
  if (attrs.caption) caption.push(['span', { class: 'figure-caption' }, attrs.caption]);
  if (attrs.credit) caption.push(['span', { class: 'figure-credit' }, attrs.credit]);
  const picture: DOMOutputSpec = image
    ? [
        'picture',
        {},
        ['source', { type: 'image/webp', srcset: image.webpSrcSet, sizes: image.sizes }],
        ['img', { src: image.src, srcset: image.jpegSrcSet, sizes: image.sizes, alt: image.alt, width: String(image.width), height: image.height ? String(image.height) : undefined, loading: 'lazy', decoding: 'async' }],
      ]
    : ['span', { class: 'figure-missing' }];
  return [
    'figure',
    { class: 'story-figure', 'data-media-id': attrs.mediaId ?? undefined, 'data-width': attrs.width ? String(attrs.width) : undefined, 'data-height': attrs.height ? String(attrs.height) : undefined },
    picture,
    ...(caption.length ? [['figcaption', {}, ...caption] as DOMOutputSpec] : []),
  ] as DOMOutputSpec;
}

const plainAttr = (parse: (el: HTMLElement) => unknown) => ({ parseHTML: parse, renderHTML: () => ({}) });

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null, ...plainAttr((el) => toMediaId(el.getAttribute('data-media-id'))) },
      width: { default: null, ...plainAttr((el) => toDimension(el.getAttribute('data-width'))) },
      height: { default: null, ...plainAttr((el) => toDimension(el.getAttribute('data-height'))) },
      caption: { default: '', ...plainAttr((el) => toText(el.querySelector('.figure-caption')?.textContent ?? '')) },
      credit: { default: '', ...plainAttr((el) => toText(el.querySelector('.figure-credit')?.textContent ?? '')) },
    };
  },

  // Only our own figures (copied within the editor) parse back; foreign <img> tags
  // in pasted HTML are dropped, so no outside image is ever hot-linked.
  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },

  renderHTML({ node }) {
    return figureSpec(node.attrs);
  },
});

/** The media ids a body shows, for the link table that decides who may fetch them. */
export function figureMediaIds(doc: JSONContent): string[] {
  const ids = new Set<string>();
  const walk = (node: JSONContent) => {
    if (node.type === 'figure') {
      const id = toMediaId(node.attrs?.mediaId);
      if (id) ids.add(id);
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...ids];
}
