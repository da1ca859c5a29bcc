// The print-ready PDF carries the photos of the stories on its page: the export's
// browser loads them through /media on its own server, which reads them from the
// object store (a folder, or with E2E_STORAGE=s3 an S3-protocol server), never
// from a path on this machine. A missing photo would print as an empty box.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { contextAs } from './support/staff';

// The demo paper's third published issue has the marathon story, with its photo, on page 1.
const ISSUE_WITH_PHOTO = 1203;

async function defaultPaperIssueId(number: number): Promise<string> {
  const client = new pg.Client({ connectionString: readFileSync(path.resolve(import.meta.dirname, '../.data/e2e-database-url'), 'utf8').trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT i.id FROM "Issue" i JOIN "Publication" p ON p.id = i."publicationId" WHERE i.number = $1 AND p."isDefault"', [number]);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test('a page’s PDF prints its story’s photo', async ({ browser }) => {
  const { context, page } = await contextAs(browser, 'pageEditor');
  const issueId = await defaultPaperIssueId(ISSUE_WITH_PHOTO);
  const response = await page.request.get(`/newsroom/issues/${issueId}/pdf?page=1`);
  expect(response.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'masthead-pdf-photos-')), 'page-1.pdf');
  writeFileSync(file, await response.body());
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('半程马拉松');
  // pdfimages -list: two header lines, then one line per image drawn on the page.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  const photos = images.filter((line) => {
    const [, , type, width, height] = line.trim().split(/\s+/);
    return type === 'image' && Number(width) >= 400 && Number(height) >= 200;
  });
  expect(photos.length, images.join('\n')).toBeGreaterThanOrEqual(1);
  await context.close();
});
