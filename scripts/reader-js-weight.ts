// The JavaScript a reader page makes the browser load: every <script src> of the
// page's HTML, fetched and gzipped (level 9), summed. Usage:
//   npx tsx scripts/reader-js-weight.ts http://127.0.0.1:3000/ http://127.0.0.1:3000/wanghe/1203/2
import { gzipSync } from 'node:zlib';

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: tsx scripts/reader-js-weight.ts <page URL>…');
  process.exit(2);
}
for (const url of urls) {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&'), url).href))];
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  // Inline scripts (the RSC payload) travel in the HTML; counted apart.
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  console.log(`${url}: ${sources.length} scripts, ${raw} B raw, ${gzipped} B gzipped; inline ${Buffer.byteLength(inline)} B raw, ${gzipSync(inline, { level: 9 }).length} B gzipped`);
}
