// No server-only marker: the demo seed (plain Node) makes its images with this too.
import sharp, { type Metadata } from 'sharp';
import { AppError } from '@/lib/errors';
import { MEDIA_LIMITS, refuseUpload, SNIFFED_CONTENT_TYPES, sniffImageType } from '@/lib/domain/image-sniff';
import { VARIANT_FORMATS, variantFileName, variantWidths, type MediaVariant } from '@/lib/domain/media-variants';

export type ProcessedImage = {
  contentType: string;
  width: number;
  height: number;
  original: { name: string; bytes: Uint8Array };
  variants: (MediaVariant & { bytes: Uint8Array })[];
};

const ORIGINAL_EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'avif' };

/**
 * Checks an upload by its content and makes the resized variants. Refusals are
 * AppErrors with a message for the person who uploaded (not an image, too big,
 * too many pixels, broken file). Variants are re-encoded from the decoded
 * pixels, so nothing but pixels (no EXIF location, no embedded payload) is served.
 */
export async function processImage(bytes: Uint8Array, limits = MEDIA_LIMITS): Promise<ProcessedImage> {
  const refusal = refuseUpload(bytes, limits);
  if (refusal) throw new AppError('INVALID', refusal, { max: Math.round(limits.maxBytes / 1024 / 1024) });
  const sniffed = sniffImageType(bytes)!;

  const input = () => sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', animated: false });
  let meta: Metadata;
  try {
    // The header alone: the pixel limit is checked below, with its own message.
    meta = await sharp(bytes, { limitInputPixels: false, animated: false }).metadata();
  } catch {
    throw new AppError('INVALID', 'mediaBroken');
  }
  if (!meta.width || !meta.height) throw new AppError('INVALID', 'mediaBroken');
  if (meta.width * meta.height > limits.maxPixels) throw new AppError('INVALID', 'mediaTooManyPixels');
  // Orientation 5–8 means the camera stored it on its side: the upright size swaps.
  const upright = (meta.orientation ?? 1) >= 5 ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };

  const variants: ProcessedImage['variants'] = [];
  try {
    for (const width of variantWidths(upright.width)) {
      for (const format of VARIANT_FORMATS) {
        const pipeline = input().rotate().resize({ width, withoutEnlargement: true }).flatten(format === 'jpeg' ? { background: '#ffffff' } : false);
        const { data, info } = await (format === 'webp' ? pipeline.webp({ quality: 80 }) : pipeline.jpeg({ quality: 82, mozjpeg: true })).toBuffer({ resolveWithObject: true });
        variants.push({ width, height: info.height, format, file: variantFileName(width, format), byteSize: data.length, bytes: data });
      }
    }
  } catch {
    throw new AppError('INVALID', 'mediaBroken');
  }
  return {
    contentType: SNIFFED_CONTENT_TYPES[sniffed],
    width: upright.width,
    height: upright.height,
    original: { name: `original.${ORIGINAL_EXTENSIONS[sniffed]}`, bytes },
    variants,
  };
}
