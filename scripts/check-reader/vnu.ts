// The Nu HTML Checker (vnu.jar from the `vnu-jar` package, run by Debian's Java)
// on saved copies of the reader pages, all in one JVM start.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type VnuMessage = { type: string; subType?: string; message: string; url?: string; lastLine?: number; extract?: string };
export type VnuPage = { errors: VnuMessage[]; warnings: VnuMessage[] };

/**
 * vnu's `--format json` output, grouped by page. `files` maps each file URL vnu
 * names (file:/…/name.html) to the page's name. An error is `type: "error"`, and a
 * `non-document-error` (a file vnu could not read) counts as one; a warning is
 * `type: "info", subType: "warning"`. Plain `info` messages are dropped.
 */
export function parseVnuJson(json: string, files: Map<string, string>): Map<string, VnuPage> {
  const report = JSON.parse(json) as { messages?: VnuMessage[] };
  if (!Array.isArray(report.messages)) throw new Error('vnu printed no "messages" list');
  const pages = new Map<string, VnuPage>([...files.values()].map((name) => [name, { errors: [], warnings: [] }]));
  const nameOf = (url: string | undefined) => (url?.startsWith('file:') ? files.get(fileURLToPath(url)) : undefined);
  for (const message of report.messages) {
    const name = nameOf(message.url);
    const page = name ? pages.get(name)! : undefined;
    if (message.type === 'error' || message.type === 'non-document-error') {
      if (!page) throw new Error(`vnu error for an unknown file: ${message.url}: ${message.message}`);
      page.errors.push(message);
    } else if (message.type === 'info' && message.subType === 'warning') {
      page?.warnings.push(message);
    }
  }
  return pages;
}

export function vnuJar(): string {
  // The package exports the jar's path as a String object.
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/** Checks each page's HTML; `pages` maps a page's name to its HTML text. */
export function checkHtml(pages: Map<string, string>, workDir: string): Map<string, VnuPage> {
  const files = new Map<string, string>();
  let n = 0;
  for (const [name, html] of pages) {
    const file = path.join(workDir, `page-${++n}.html`);
    writeFileSync(file, html);
    files.set(file, name);
  }
  const result = spawnSync('java', ['-jar', vnuJar(), '--format', 'json', '--exit-zero-always', ...files.keys()], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  // vnu writes its JSON report to standard error.
  return parseVnuJson(result.stderr, files);
}
