import pg from 'pg';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The e2e server's throwaway database, whose address scripts/e2e-server.ts writes down. */
const databaseUrl = () => readFileSync(path.resolve(import.meta.dirname, '../../.data/e2e-database-url'), 'utf8').trim();

/**
 * Swaps two pages of an issue in the e2e server's database, as reordering
 * pages on the board does (the layout desk's own reorder lands separately).
 * Only the page numbers change: every slot and placement stays on its page.
 */
export async function swapPages(issueNumber: number, a: number, b: number) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query('BEGIN');
    const issue = await client.query<{ id: string }>('SELECT id FROM "Issue" WHERE number = $1', [issueNumber]);
    const issueId = issue.rows[0].id;
    await client.query('UPDATE "Page" SET number = -number WHERE "issueId" = $1 AND number IN ($2, $3)', [issueId, a, b]);
    await client.query('UPDATE "Page" SET number = CASE number WHEN $2::int * -1 THEN $3::int ELSE $2::int END WHERE "issueId" = $1 AND number IN (-$2::int, -$3::int)', [issueId, a, b]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
