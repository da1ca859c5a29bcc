// The photo that stands for a story where there is room for one: a link's
// sharing card (og:image) and search engines' NewsArticle `image`. It is the
// story's first figure with a usable image, in its JPEG variant (every crawler
// reads JPEG) of at most 960 pixels, the width the reader's pages use.
import { safeFigureAttrs } from './figure-attrs';
import { defaultVariantWidth, mediaUrl } from './media-variants';

export type LeadImage = { path: string; width: number; height: number | null; alt: string };

type Node = { type?: unknown; attrs?: unknown; content?: unknown };

function firstFigure(node: Node): LeadImage | null {
  if (node.type === 'figure' && node.attrs && typeof node.attrs === 'object') {
    const attrs = safeFigureAttrs(node.attrs as Record<string, unknown>);
    if (attrs.mediaId && attrs.width) {
      const width = defaultVariantWidth(attrs.width);
      const height = attrs.height ? Math.round((attrs.height * width) / attrs.width) : null;
      return { path: mediaUrl(attrs.mediaId, width, 'jpeg'), width, height, alt: attrs.caption };
    }
  }
  if (!Array.isArray(node.content)) return null;
  for (const child of node.content) {
    if (!child || typeof child !== 'object') continue;
    const found = firstFigure(child as Node);
    if (found) return found;
  }
  return null;
}

/** The first usable photo of a stored body (TipTap JSON), or null. */
export function leadImage(body: unknown): LeadImage | null {
  return body && typeof body === 'object' ? firstFigure(body as Node) : null;
}
