import { describe, expect, it } from 'vitest';
import { refuseUpload, sniffImageType } from './image-sniff';
import { defaultVariantWidth, mediaSrcSet, parseVariantFileName, variantWidths } from './media-variants';

const bytes = (...parts: (number[] | string)[]) => {
  const out: number[] = [];
  for (const part of parts) out.push(...(typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part));
  while (out.length < 16) out.push(0);
  return new Uint8Array(out);
};

describe('sniffing uploads by their bytes', () => {
  it('knows JPEG, PNG, GIF, WebP and AVIF', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageType(bytes('GIF89a'))).toBe('gif');
    expect(sniffImageType(bytes('RIFF', [1, 2, 3, 4], 'WEBP'))).toBe('webp');
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toBe('avif');
  });

  it('refuses text, HTML, SVG and PDF whatever they are named', () => {
    expect(sniffImageType(new TextEncoder().encode('这不是图片，只是改了扩展名的文本。'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImageType(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('says why an upload is refused before decoding', () => {
    expect(refuseUpload(new Uint8Array())).toBe('mediaEmpty');
    expect(refuseUpload(bytes([0xff, 0xd8, 0xff]), { maxBytes: 8 })).toBe('mediaTooLarge');
    expect(refuseUpload(bytes('hello world, plain text'))).toBe('mediaNotImage');
    expect(refuseUpload(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
  });
});

describe('image variants', () => {
  it('makes the standard widths below the original, never enlarging', () => {
    expect(variantWidths(4000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it('writes srcset and picks a default size', () => {
    expect(mediaSrcSet('abc12345', 1200, 'webp')).toBe('/media/abc12345/480.webp 480w, /media/abc12345/960.webp 960w, /media/abc12345/1200.webp 1200w');
    expect(defaultVariantWidth(4000)).toBe(960);
    expect(defaultVariantWidth(300)).toBe(300);
  });

  it('parses only variant file names', () => {
    expect(parseVariantFileName('960.webp')).toEqual({ width: 960, format: 'webp' });
    expect(parseVariantFileName('480.jpg')).toEqual({ width: 480, format: 'jpeg' });
    for (const name of ['original.jpg', '../x.jpg', '960.png', '0.webp', '960.webp.html', '']) expect(parseVariantFileName(name)).toBeNull();
  });
});
