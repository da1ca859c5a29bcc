// The Debian packages the reader checks run: Java for vnu.jar, jing, xmllint,
// python3-feedparser and Chromium for Lighthouse. Installed with apt when run as root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDebianPackages, type DebianNeed } from '../bench/archive/system';

const feedparserInstalled = () => spawnSync('/usr/bin/python3', ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0;

export const CHECK_TOOLS: DebianNeed[] = [
  ['java', 'default-jre-headless'],
  ['jing', 'jing'],
  ['xmllint', 'libxml2-utils'],
  [feedparserInstalled, 'python3-feedparser'],
];

export function ensureCheckTools(log: (line: string) => void, options: { chromium?: string } = {}) {
  const needs = [...CHECK_TOOLS];
  if (options.chromium) needs.push([() => existsSync(options.chromium!), 'chromium']);
  ensureDebianPackages(log, needs);
}
