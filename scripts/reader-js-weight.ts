// The JavaScript a reader page makes the browser load (scripts/check-reader/js-weight.ts).
// Usage:
//   npx tsx scripts/reader-js-weight.ts http://127.0.0.1:3000/ http://127.0.0.1:3000/wanghe/1203/2
// `npm run check:reader` prints the same figures beside the other checks of the reader site.
import { jsWeight } from './check-reader/js-weight';

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: tsx scripts/reader-js-weight.ts <page URL>…');
  process.exit(2);
}
for (const url of urls) {
  const w = await jsWeight(url);
  console.log(`${url}: ${w.scripts} scripts, ${w.raw} B raw, ${w.gzipped} B gzipped; inline ${w.inlineRaw} B raw, ${w.inlineGzipped} B gzipped`);
}
