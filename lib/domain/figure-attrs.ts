// A figure node's attributes as the renderers may trust them, whatever was
// stored: the editor's schema, the online renderer and the printed page's flow
// (story-flow.ts) all read them through here.
import { MEDIA_ID_PATTERN } from './media-variants';

export type FigureAttrs = { mediaId: string | null; width: number | null; height: number | null; caption: string; credit: string };

const MAX_TEXT = 500;
const MAX_SIDE = 100_000;

export const toDimension = (value: unknown): number | null => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= MAX_SIDE ? n : null;
};
export const toText = (value: unknown): string => (typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_TEXT) : '');
export const toMediaId = (value: unknown): string | null => (typeof value === 'string' && MEDIA_ID_PATTERN.test(value) ? value : null);

/** Attributes as the renderer may trust them, whatever was stored. */
export function safeFigureAttrs(attrs: Record<string, unknown>): FigureAttrs {
  return {
    mediaId: toMediaId(attrs.mediaId),
    width: toDimension(attrs.width),
    height: toDimension(attrs.height),
    caption: toText(attrs.caption),
    credit: toText(attrs.credit),
  };
}

