// Migration 0015 (publication memberships) on a database made before it: every story
// gets a paper, every staff member keeps their newsroom roles on every paper, and
// Staff.roles keeps ADMIN only. Run on a throwaway server of its own, migration by
// migration, with rows written as the schema before 0015 had them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/scripts/db/embedded-postgres';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../prisma/migrations');
const TARGET = '0015_publication_memberships';

let server: EmbeddedPostgres;
let client: pg.Client;

const sqlOf = (folder: string) => readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8');

beforeAll(async () => {
  server = await startEmbeddedPostgres({ dataDir: 'temporary', port: 0 });
  client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const folders = readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  for (const folder of folders.filter((f) => f < TARGET)) await client.query(sqlOf(folder));

  // As a database before 0015 held them: two papers, staff with global roles, two stories.
  await client.query(`
    INSERT INTO "Publication" (id, slug, name, "pageFormat", "isDefault", "updatedAt") VALUES
      ('pub-default', 'old-default', '旧报', '{}', true, now()),
      ('pub-second', 'old-second', '二报', '{}', false, now());
    INSERT INTO "Staff" (id, name, email, "passwordHash", roles, "updatedAt") VALUES
      ('s-reporter', '记者甲', 'a@test.invalid', 'x', '{REPORTER}', now()),
      ('s-both', '编辑乙', 'b@test.invalid', 'x', '{EDITOR,ADMIN}', now()),
      ('s-admin', '管理丙', 'c@test.invalid', 'x', '{ADMIN}', now());
    INSERT INTO "Issue" (id, "publicationId", number, date, masthead, "updatedAt") VALUES ('i-second', 'pub-second', 1, '2020-01-01', '{}', now());
    INSERT INTO "Page" (id, "issueId", number, name) VALUES ('p-second', 'i-second', 1, '要闻');
    INSERT INTO "Slot" (id, "pageId", name, "column", "row", columns, rows) VALUES ('slot-second', 'p-second', '头条', 1, 1, 6, 4);
    INSERT INTO "Article" (id, headline, body, "authorId", "updatedAt") VALUES
      ('a-placed', '已上版', '{}', 's-reporter', now()),
      ('a-loose', '未上版', '{}', 's-reporter', now());
    INSERT INTO "Placement" (id, "slotId", "articleId") VALUES ('pl-1', 'slot-second', 'a-placed');
  `);
  await client.query(sqlOf(TARGET));
}, 120_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

describe('migration 0015 on an existing database', () => {
  it("gives a placed story its issue's paper and every other story the default paper", async () => {
    const { rows } = await client.query('SELECT id, "publicationId" FROM "Article" ORDER BY id');
    expect(rows).toEqual([
      { id: 'a-loose', publicationId: 'pub-default' },
      { id: 'a-placed', publicationId: 'pub-second' },
    ]);
  });

  it('keeps every staff member’s newsroom roles on every paper, and ADMIN installation-wide only', async () => {
    const memberships = await client.query('SELECT "staffId", "publicationId", roles::text[] AS roles FROM "PublicationMembership" ORDER BY "staffId", "publicationId"');
    expect(memberships.rows).toEqual([
      { staffId: 's-both', publicationId: 'pub-default', roles: ['EDITOR'] },
      { staffId: 's-both', publicationId: 'pub-second', roles: ['EDITOR'] },
      { staffId: 's-reporter', publicationId: 'pub-default', roles: ['REPORTER'] },
      { staffId: 's-reporter', publicationId: 'pub-second', roles: ['REPORTER'] },
    ]);
    const staff = await client.query('SELECT id, roles::text[] AS roles FROM "Staff" ORDER BY id');
    expect(staff.rows).toEqual([
      { id: 's-admin', roles: ['ADMIN'] },
      { id: 's-both', roles: ['ADMIN'] },
      { id: 's-reporter', roles: [] },
    ]);
  });

  it('requires a paper for every story from now on', async () => {
    await expect(client.query(`INSERT INTO "Article" (id, headline, body, "authorId", "updatedAt") VALUES ('a-new', '新稿', '{}', 's-reporter', now())`)).rejects.toThrow(/publicationId/);
  });
});
