// The JavaScript a reader page makes the browser load: every <script src> of the
// page's HTML, fetched and gzipped (level 9), plus the inline scripts (the RSC
// payload travels in the HTML), gzipped apart.
import { gzipSync } from 'node:zlib';
import { get } from './http';

export type JsWeight = { scripts: number; raw: number; gzipped: number; inlineRaw: number; inlineGzipped: number; total: number };

/** The `src` of every external script, absolute and without repeats. */
export function scriptSources(html: string, pageUrl: string): string[] {
  return [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&'), pageUrl).href))];
}

/** The text of every inline script that the browser runs (not JSON-LD or other data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => {
      const type = /\btype=["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
      return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    })
    .map((m) => m[2]);
}

export async function jsWeight(pageUrl: string, html?: string): Promise<JsWeight> {
  const page = html ?? (await (await get(pageUrl)).text());
  let raw = 0;
  let gzipped = 0;
  const sources = scriptSources(page, pageUrl);
  for (const src of sources) {
    const response = await get(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  const inline = inlineScripts(page).join('');
  const inlineGzipped = inline ? gzipSync(inline, { level: 9 }).length : 0;
  return { scripts: sources.length, raw, gzipped, inlineRaw: Buffer.byteLength(inline), inlineGzipped, total: gzipped + inlineGzipped };
}
