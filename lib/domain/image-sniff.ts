// What an upload really is, judged by its first bytes: the file name and the
// browser's MIME type are whatever the sender says, so they decide nothing.

export type SniffedImage = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

export const SNIFFED_CONTENT_TYPES: Record<SniffedImage, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The image format the bytes start with, or null when they are not an image we accept. */
export function sniffImageType(bytes: Uint8Array): SniffedImage | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte)) return 'png';
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'avif';
  return null;
}

/** Limits on what may be uploaded: bytes on the wire and decoded pixels (a tiny file can decode huge). */
export const MEDIA_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 60_000_000,
} as const;

export type MediaRefusal = 'mediaEmpty' | 'mediaTooLarge' | 'mediaNotImage';

/** Why an upload is refused before it is decoded, or null when it may go on to decoding. */
export function refuseUpload(bytes: Uint8Array, limits: { maxBytes: number } = MEDIA_LIMITS): MediaRefusal | null {
  if (bytes.length === 0) return 'mediaEmpty';
  if (bytes.length > limits.maxBytes) return 'mediaTooLarge';
  if (!sniffImageType(bytes)) return 'mediaNotImage';
  return null;
}
