/**
 * A Content-Disposition header for a download (RFC 6266): `filename*` carries the
 * real name in UTF-8 (RFC 5987, so 望河报-第1203期-第02版.pdf survives), and
 * `filename` an ASCII stand-in for clients that know no better.
 */
export function attachmentDisposition({ fileName, asciiFileName }: { fileName: string; asciiFileName: string }): string {
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
