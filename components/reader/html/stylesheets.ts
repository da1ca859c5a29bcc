import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let built: string[] | undefined;

const stylesheetLinks = (html: string) => [...new Set([...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((match) => match[1]))];

/**
 * The addresses of the app's stylesheet, which Next.js builds from app/globals.css
 * (Tailwind) and names by content hash. The reader's documents are written by
 * route handlers, which Next gives no stylesheet, so they link the one the build
 * wrote into the pages it prerendered; the not-found page is always one of them.
 * Read once per process: it changes only with a new build.
 *
 * `next dev` prerenders nothing and renames the stylesheet as it is edited, so
 * there the development server's own not-found page is asked for it each time
 * (an address five segments deep, which no reader route answers).
 */
export async function readerStylesheets(requestUrl: string): Promise<string[]> {
  if (built) return built;
  if (process.env.NODE_ENV === 'development') {
    const response = await fetch(new URL('/_/reader/stylesheet/probe/_', requestUrl));
    return stylesheetLinks(await response.text());
  }
  const prerendered = path.join(process.cwd(), '.next/server/app/_not-found.html');
  if (!existsSync(prerendered) && process.env.NODE_ENV !== 'production') return []; // tests render without a build
  built = stylesheetLinks(readFileSync(prerendered, 'utf8'));
  if (built.length === 0) throw new Error(`No stylesheet is linked from ${prerendered}`);
  return built;
}
