// The resized copies made of every uploaded image and the URLs they are served
// at. Both the upload (which makes them) and the renderer (which writes srcset)
// derive them from the original width, so a stored figure needs no lookup.

export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const VARIANT_FORMATS = ['webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

const EXTENSIONS: Record<VariantFormat, string> = { webp: 'webp', jpeg: 'jpg' };
export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = { webp: 'image/webp', jpeg: 'image/jpeg' };

/** Media ids are cuids: anything else in a stored document is refused by the renderer. */
export const MEDIA_ID_PATTERN = /^[a-z0-9]{8,40}$/;

export type MediaVariant = { width: number; height: number; format: VariantFormat; file: string; byteSize: number };

/** The widths made for an original `width` pixels wide: the standard ones below it, and the original if narrower than the largest. */
export function variantWidths(width: number): number[] {
  const w = Math.max(1, Math.floor(width));
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1];
  const top = Math.min(w, largest);
  return [...VARIANT_WIDTHS.filter((standard) => standard < top), top];
}

export function variantFileName(width: number, format: VariantFormat): string {
  return `${width}.${EXTENSIONS[format]}`;
}

/** `960.webp` → { width: 960, format: 'webp' }; null for anything else (no paths, no originals). */
export function parseVariantFileName(name: string): { width: number; format: VariantFormat } | null {
  const match = /^([1-9][0-9]{0,4})\.(webp|jpg)$/.exec(name);
  if (!match) return null;
  return { width: Number(match[1]), format: match[2] === 'jpg' ? 'jpeg' : 'webp' };
}

/** `query` (already encoded) is the print pass the PDF export's browser shows instead of a session. */
export function mediaUrl(mediaId: string, width: number, format: VariantFormat, query?: string): string {
  return `/media/${mediaId}/${variantFileName(width, format)}${query ? `?${query}` : ''}`;
}

/** `srcset` for an image `width` pixels wide in one format. */
export function mediaSrcSet(mediaId: string, width: number, format: VariantFormat, query?: string): string {
  return variantWidths(width)
    .map((w) => `${mediaUrl(mediaId, w, format, query)} ${w}w`)
    .join(', ');
}

/** The variant used as plain `src`: the middle size, or the largest there is below it. */
export function defaultVariantWidth(width: number): number {
  const widths = variantWidths(width);
  return widths.filter((w) => w <= 960).at(-1) ?? widths[0];
}
