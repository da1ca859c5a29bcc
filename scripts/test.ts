// npm test — every test: unit and integration (vitest, each with its own
// embedded database), then the production build and the e2e journeys in
// Debian's Chromium (Playwright). Installs Chromium from Debian when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './run-app';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The PDF export test reads exported files with poppler's pdfinfo and pdftotext;
// the two-server test (e2e/cluster.spec.ts) shares its cache through redis-server.
function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/redis-server')) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Chromium, pdfinfo or redis-server is missing (${CHROMIUM}). Install them with: sudo apt-get install -y chromium fonts-noto-cjk poppler-utils redis-server`);
    process.exit(1);
  }
  console.log('Installing Chromium, CJK fonts, poppler-utils and redis-server from Debian…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'poppler-utils', 'redis-server']);
}

run(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run']);
ensureChromium();
buildApp();
run(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)]);
