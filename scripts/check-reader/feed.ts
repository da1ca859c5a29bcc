// The Atom feed against RFC 4287: its RELAX NG grammar (Appendix B, atom.rnc) with
// Debian's jing, and Debian's python3-feedparser (feed.py beside this file).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
export const ATOM_RNC = path.join(here, 'atom.rnc');
// Debian's interpreter, where python3-feedparser is installed (not a pyenv shim's).
const PYTHON = '/usr/bin/python3';

export type FeedParse = { bozo: number; bozo_exception: string; version: string; entries: number; feed_author: boolean; entries_without_author: string[] };

export type FeedVerdict = { jingErrors: string[]; parse: FeedParse; problems: string[] };

/** `jing -c atom.rnc <file>`: the error lines (jing prints `file:line:col: error: …`), none when valid. */
export function jingErrors(file: string): string[] {
  const result = spawnSync('jing', ['-c', ATOM_RNC, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  if (result.status === 0) return [];
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter(Boolean).map((line) => line.replace(`${file}:`, ''));
  return lines.length ? lines : [`jing exited with ${result.status}`];
}

export function feedparserReport(file: string): FeedParse {
  const result = spawnSync(PYTHON, [path.join(here, 'feed.py'), file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`feed.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as FeedParse;
}

/** What keeps a feed from being valid, from jing's errors and feedparser's reading; empty when valid. */
export function feedProblems(jing: string[], parse: FeedParse): string[] {
  const problems = [...jing.map((line) => `jing: ${line}`)];
  if (parse.bozo) problems.push(`feedparser: bozo (${parse.bozo_exception})`);
  if (parse.version !== 'atom10') problems.push(`feedparser: read as "${parse.version}", not Atom 1.0`);
  if (!parse.feed_author && parse.entries_without_author.length) problems.push(`RFC 4287 4.1.1: no feed author and ${parse.entries_without_author.length} entries without one`);
  return problems;
}

export function checkFeed(xml: string, workDir: string): FeedVerdict {
  const file = path.join(workDir, 'feed.xml');
  writeFileSync(file, xml);
  const jing = jingErrors(file);
  const parse = feedparserReport(file);
  return { jingErrors: jing, parse, problems: feedProblems(jing, parse) };
}
