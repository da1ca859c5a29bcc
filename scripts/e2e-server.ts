// The servers Playwright starts, each on a throwaway embedded database and the
// production build of the app: by default the demo data; with `--empty`, an empty
// migrated database, as a fresh install is (e2e/first-run.spec.ts sets it up).
// With E2E_STORAGE=s3, images go to a throwaway S3-protocol server (s3rver, its own
// process) instead of a folder: the seed writes there and the app serves from it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareEmbeddedDatabase } from './prepare-database';
import { startApp } from './run-app';
import { startS3Server } from '../tests/support/s3-server';

const empty = process.argv.includes('--empty');
const port = Number(empty ? process.env.E2E_FIRST_RUN_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1 : process.env.E2E_PORT ?? 3100);
const dbPort = empty ? 0 : Number(process.env.E2E_DB_PORT ?? 0);

// Images for the throwaway database go in a throwaway folder or bucket (the seed writes there, the app serves from it).
process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'masthead-e2e-media-'));
const s3 = process.env.E2E_STORAGE === 's3' ? await startS3Server({ bucket: 'masthead-e2e' }) : null;
if (s3) {
  Object.assign(process.env, s3.env);
  console.log(`[e2e] images in S3-compatible storage: ${s3.endpoint}/${s3.bucket}`);
}
const postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: dbPort, demo: !empty });
// Tests that change the database directly (e2e/support/reorder-pages.ts) read its address here.
if (!empty) {
  mkdirSync(path.resolve(import.meta.dirname, '../.data'), { recursive: true });
  writeFileSync(path.resolve(import.meta.dirname, '../.data/e2e-database-url'), postgres.url);
}
startApp({
  port,
  host: '127.0.0.1',
  // playwright.config.ts passes the address the tests browse (e2e/absolute-urls.spec.ts checks links are on it).
  siteUrl: process.env.SITE_URL ?? `http://127.0.0.1:${port}`,
  databaseUrl: postgres.url,
  // Four e2e servers share two cores with the browsers: one app process each.
  processes: 1,
  // Both servers run the one build: only the demo server clears the pages it cached on disk.
  keepRenderedPages: empty,
  onExit: async (code) => {
    await postgres.stop();
    await s3?.stop();
    process.exit(code);
  },
});
