import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type StaticRenderer = { renderToStaticMarkup(element: ReactElement): string };

let renderer: StaticRenderer | undefined;

/**
 * The reader's pages are plain HTML documents: React renders them on the server
 * and nothing of React, the router or its hydration data goes to the browser. A
 * newspaper page is links, a search form and a picture of the page; the client
 * runtime of an App Router page alone weighs about 140 KB gzipped.
 *
 * Next.js refuses `react-dom/server` in code bundled for the server-component
 * graph, route handlers included, so it is loaded from node_modules at run time,
 * outside the bundle. The elements the bundled React created are plain objects
 * both agree on; the reader's components are functions of their props that use
 * no hooks, context or suspense, so one render pass is all they need.
 */
function staticRenderer(): StaticRenderer {
  renderer ??= createRequire(path.join(process.cwd(), 'package.json'))('react-dom/server') as StaticRenderer;
  return renderer;
}

/** A whole HTML document (`element` is its `<html>`), with its doctype. */
export function renderDocument(element: ReactElement): string {
  return `<!DOCTYPE html>${staticRenderer().renderToStaticMarkup(element)}`;
}
