// The reader's search on a real (embedded) PostgreSQL: two-character Chinese
// words through the bigram index, longer ones through the trigram index, LIKE wildcards taken literally, newest issue
// first, paging and the capped count, and nothing unpublished ever returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { bodyFromParagraphs, bodyPlainText } from '@/lib/tiptap/body';
import { SEARCH_COUNT_CAP, SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, searchPublishedStories, storyHasBigramsOf, storyHasTrigramsOf } from '@/lib/server/reader/search-published';
import { syncReaderSearchEntries, writeReaderSearchEntries } from '@/lib/server/reader/search-entries';
import { searchSnippet } from '@/lib/domain/search-snippet';
import { db as appDb } from '@/lib/db';
import { testDb } from '../support/actors';

const db = testDb();
afterAll(() => db.$disconnect());

const slug = `search-test-${Date.now()}`;
let publicationId: string;
let authorId: string;

type StoryFields = { headline: string; body?: string; kicker?: string; subheadline?: string };

/** An issue of the test publication with one page holding `stories`, in the given state. */
async function issueWith(options: { number: number; date: string; status: 'PUBLISHED' | 'PLANNING' | 'SCHEDULED'; publishAt?: Date; stories: StoryFields[] }) {
  const issue = await db.issue.create({
    data: { publicationId, number: options.number, date: new Date(`${options.date}T00:00:00Z`), masthead: {}, pageFormat: {}, status: options.status, publishAt: options.publishAt },
  });
  const page = await db.page.create({ data: { issueId: issue.id, number: 1, name: '要闻' } });
  const ids: string[] = [];
  for (const [index, fields] of options.stories.entries()) {
    const body = bodyFromParagraphs([fields.body ?? '普通正文。']);
    const article = await db.article.create({
      data: { headline: fields.headline, kicker: fields.kicker, subheadline: fields.subheadline, body, bodyText: bodyPlainText(body), authorId, publicationId, status: options.status === 'PUBLISHED' ? 'PUBLISHED' : 'PLACED' },
    });
    const slot = await db.slot.create({ data: { pageId: page.id, name: `条${index}`, column: 1, row: index + 1, columns: 1, rows: 1 } });
    await db.placement.create({ data: { slotId: slot.id, articleId: article.id } });
    ids.push(article.id);
  }
  await syncReaderSearchEntries(db, issue.id);
  return ids;
}

const search = (query: string, page = 1) => searchPublishedStories({ publicationSlug: slug, query, page });
const ids = async (query: string) => (await search(query)).results.map((r) => r.articleId);

let older: string[], newer: string[], due: string[];

beforeAll(async () => {
  authorId = (await db.staff.findFirstOrThrow({ select: { id: true } })).id;
  publicationId = (await db.publication.create({ data: { slug, name: '搜索测试报', pageFormat: {} } })).id;
  older = await issueWith({
    number: 1,
    date: '2011-05-03',
    status: 'PUBLISHED',
    stories: [
      { headline: '河边新景', body: '芦湾的湿地公园今天开园，游人在草地园艺区合影。' },
      { headline: '达标率统计', body: '全年空气优良天数达标率为100%，创下新高。' },
      { headline: '引题里的词', kicker: '翠屏山下的候鸟湿地' },
      { headline: 'CBD商圈夜市开张', body: '免费Wi-Fi覆盖全街。' },
    ],
  });
  newer = await issueWith({ number: 2, date: '2012-05-03', status: 'PUBLISHED', stories: [{ headline: '湿地保护条例实施', subheadline: '——副题也能找到鹭鸟' }] });
  await issueWith({ number: 3, date: '2013-05-03', status: 'PLANNING', stories: [{ headline: '未发布的湿地稿件', body: '草稿里的鹭鸟。' }] });
  await issueWith({ number: 4, date: '2013-05-04', status: 'SCHEDULED', publishAt: new Date(Date.now() + 86_400_000), stories: [{ headline: '明天才见报的湿地', body: '定时的鹭鸟。' }] });
  due = await issueWith({ number: 5, date: '2013-05-05', status: 'SCHEDULED', publishAt: new Date(Date.now() - 1000), stories: [{ headline: '时间已到的定时稿', body: '刚刚见报的苇莺。' }] });
});

describe('reader search', () => {
  it('finds a two-character word in the headline, body, kicker or subheadline, newest issue first', async () => {
    expect(await ids('湿地')).toEqual([newer[0], ...[older[0], older[2]].sort()]);
    expect(await ids('鹭鸟')).toEqual([newer[0]]);
    const found = await search('湿地');
    expect(found).toMatchObject({ total: 3, capped: false });
    expect(found.results[0]).toMatchObject({ issueNumber: 2, issueDate: '2012-05-03', pageNumber: 1 });
    expect(found.results[0].headline).toContainEqual({ text: '湿地', match: true });
    // A page past the last result is empty but still knows how many there are.
    expect(await search('湿地', 3)).toMatchObject({ total: 3, results: [] });
  });

  it('finds a longer phrase only where it occurs whole, and a single character', async () => {
    expect(await ids('湿地公园')).toEqual([older[0]]);
    // Both pairs of 湿地园 are in the first story (湿地公园, 草地园艺), but the phrase is not.
    expect(await ids('湿地园')).toEqual([]);
    expect(await ids('芦')).toEqual([older[0]]);
    // Three characters are one trigram, answered by the index alone: it must hold no run across two parts
    // of a story (the kicker ends in 湿地, the headline starts with 引).
    expect(await ids('湿地引')).toEqual([]);
    expect(await ids('候鸟湿')).toEqual([older[2]]);
    expect(await ids('空气优')).toEqual([older[1]]);
  });

  it('finds Latin letters in any case, and Chinese with the case-sensitive match', async () => {
    expect(await ids('cbd商圈')).toEqual([older[3]]);
    expect(await ids('WI-FI')).toEqual([older[3]]);
    expect(await ids('cBd')).toEqual([older[3]]);
    expect(await ids('f')).toEqual([older[3]]);
    expect(await ids('夜市开张')).toEqual([older[3]]);
  });

  it('cuts a text into its runs of three characters, lower-cased, as the trigram index holds them', async () => {
    const trigrams = async (text: string) =>
      (await db.$queryRaw<{ trigrams: string[] }[]>`SELECT masthead_trigrams(${text}) AS trigrams`)[0].trigrams.sort();
    expect(await trigrams('ABcdE')).toEqual(['abc', 'bcd', 'cde']);
    expect(await trigrams('事办好了')).toEqual(['事办好', '办好了']);
    expect(await trigrams('湿地')).toEqual([]);
    expect(await trigrams('')).toEqual([]);
  });

  it('says in the same answer whether the publication may be seen, with or without matches', async () => {
    expect((await search('湿地')).publication).toEqual({ name: '搜索测试报' });
    expect((await search('没有这个词')).publication).toEqual({ name: '搜索测试报' });
    expect(await searchPublishedStories({ publicationSlug: `${slug}-missing`, query: '湿地', page: 1 })).toMatchObject({ publication: null, total: 0, results: [] });
    // A publication whose only issue is still being planned is not there for readers.
    const hidden = await db.publication.create({ data: { slug: `${slug}-hidden`, name: '未出版报', pageFormat: {} } });
    await db.issue.create({ data: { publicationId: hidden.id, number: 1, date: new Date('2014-01-01T00:00:00Z'), masthead: {}, pageFormat: {}, status: 'PLANNING' } });
    expect(await searchPublishedStories({ publicationSlug: hidden.slug, query: '湿地', page: 1 })).toMatchObject({ publication: null, results: [] });
  });

  it('cuts the excerpt of each result in SQL exactly where searchSnippet would cut the whole body', async () => {
    const filler = (n: number) => '城市的河流穿过公园和街巷'.repeat(Math.ceil(n / 12)).slice(0, n);
    const bodies = [
      `鸬鹚在前${filler(300)}`, // at the start
      `${filler(200)}鸬鹚停在桥上${filler(200)}`, // in the middle
      `${filler(300)}末尾的鸬鹚`, // at the end
      `${filler(30)}鸬鹚${filler(10)}`, // shorter than the excerpt
      `${filler(120)}QZX 鸬鹚 qzx ${filler(100)}`, // Latin letters, either case
    ];
    const stories = await issueWith({
      number: 6,
      date: '2014-06-01',
      status: 'PUBLISHED',
      stories: [...bodies.map((body, index) => ({ headline: `水鸟${index}`, body })), { headline: '标题里的鸬鹚', body: filler(200) }],
    });
    const texts = new Map((await db.article.findMany({ where: { id: { in: stories } }, select: { id: true, bodyText: true } })).map((a) => [a.id, a.bodyText]));
    for (const query of ['鸬鹚', 'qzx', 'Qzx 鸬']) {
      const found = await search(query);
      expect(found.results.length).toBeGreaterThan(0);
      for (const result of found.results) expect(result.snippet, `${query} in ${result.articleId}`).toEqual(searchSnippet(texts.get(result.articleId)!, query));
    }
    // The story with the word only in its headline shows the body's beginning.
    expect((await search('鸬鹚')).results).toHaveLength(6);
  });

  it('answers a query with NUL instead of failing in PostgreSQL', async () => {
    await expect(search('湿\u0000地')).resolves.toMatchObject({ results: expect.any(Array) });
    await expect(search('\u0000')).resolves.toMatchObject({ results: expect.any(Array) });
  });

  it('takes LIKE wildcards literally', async () => {
    expect(await ids('100%')).toEqual([older[1]]);
    expect(await ids('0%')).toEqual([older[1]]);
    expect(await ids('达标_')).toEqual([]);
    expect(await ids('%')).toEqual([older[1]]);
    expect(await ids('湿%园')).toEqual([]);
  });

  it('never returns a story of an issue that is planned or scheduled for later', async () => {
    expect(await ids('未发布')).toEqual([]);
    expect(await ids('明天才见报')).toEqual([]);
    expect((await search('鹭鸟')).total).toBe(1);
  });

  it('finds the stories of a scheduled issue from its time on, before the publisher has run', async () => {
    expect(await ids('苇莺')).toEqual(due);
  });

  it('pages by twenty and counts up to the cap', async () => {
    const count = SEARCH_COUNT_CAP + 5;
    // Written in SQL: a thousand stories through the data layer would take minutes.
    await db.$executeRaw`
      WITH issue AS (
        INSERT INTO "Issue" (id, "publicationId", number, date, masthead, "pageFormat", status, "updatedAt")
        VALUES ('search-cap-issue', ${publicationId}, 10, '2014-01-01', '{}', '{}', 'PUBLISHED', now()) RETURNING id
      ), page AS (
        INSERT INTO "Page" (id, "issueId", number, name) SELECT 'search-cap-page', id, 1, '专题' FROM issue RETURNING id
      ), article AS (
        INSERT INTO "Article" (id, headline, body, "bodyText", status, "authorId", "publicationId", "updatedAt")
        SELECT 'search-cap-' || n, '第' || n || '条简讯', '{"type":"doc"}', '苇塘的芦苇荡里' || n, 'PUBLISHED', ${authorId}, ${publicationId}, now() FROM generate_series(1, ${count}) AS n RETURNING id
      ), slot AS (
        INSERT INTO "Slot" (id, "pageId", name, "column", "row", columns, rows)
        SELECT 'slot-' || a.id, page.id, '简讯', 1, 1, 1, 1 FROM article a, page RETURNING id
      )
      INSERT INTO "Placement" (id, "slotId", "articleId") SELECT 'placement-' || id, id, substring(id from 6) FROM slot`;
    await writeReaderSearchEntries(db, Prisma.sql`i.id = 'search-cap-issue'`);
    const first = await search('芦苇');
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE);
    const last = await search('芦苇', SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE);
    expect(last.results).toHaveLength(SEARCH_PAGE_SIZE);
    expect(new Set([...first.results, ...last.results].map((r) => r.articleId)).size).toBe(2 * SEARCH_PAGE_SIZE);
    // A single character has no pair: the newest stories are read until a page is full.
    const single = await search('苇');
    expect(single).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(single.results.map((r) => r.articleId)).toEqual(first.results.map((r) => r.articleId));
    // Beyond the counted results there is no page to ask for.
    expect((await search('芦苇', 9999)).results.map((r) => r.articleId)).toEqual(last.results.map((r) => r.articleId));
  });

  it('past the cap, looks for the page among the newest stories first, and takes it from the index when they hold too few', async () => {
    // The cached pair statistics predate the thousand stories above: the statistics say "the index".
    const pageOf = async (page: number, walkBudget?: number) =>
      (await searchPublishedStories({ publicationSlug: slug, query: '芦苇荡', page, walkBudget })).results.map((result) => result.articleId);
    for (const page of [1, 2, SEARCH_MAX_PAGE]) {
      const fromIndex = await pageOf(page, 0);
      expect(fromIndex).toHaveLength(SEARCH_PAGE_SIZE);
      // Page 50 needs a thousand matches, more than the newest thousand stories hold.
      expect(await pageOf(page), `page ${page}`).toEqual(fromIndex);
      expect(await pageOf(page, 30), `page ${page}, 30 newest`).toEqual(fromIndex);
    }
  });

  it('is served by the bigram and trigram indexes', async () => {
    const planOf = (condition: Prisma.Sql) =>
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const plan = await tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN SELECT a.id FROM "Article" a WHERE ${condition}`);
        return plan.map((line) => line['QUERY PLAN']).join('\n');
      });
    expect(await planOf(storyHasBigramsOf('湿地'))).toContain('Article_search_bigrams_idx');
    expect(await planOf(storyHasTrigramsOf('湿地公'))).toContain('Article_search_trigrams_idx');
  });

  it('settles on one plan for every word, words of three characters too (no planning per search)', async () => {
    // One after another, the searches run on one of the app's connections: the pool hands out the one freed last.
    const words = ['湿地公', '达标率', '翠屏山', '保护条', '芦湾的', '草地园', '优良天', '全年空', '副题也', '候鸟湿'];
    // With statistics, as on a server that has run a while, PostgreSQL estimates a word it sees to be rare.
    await db.$executeRaw`ANALYZE "Article", "ReaderSearchEntry"`;
    for (const word of words) await search(word);
    const plans = await appDb.$queryPrepared<{ generic: number; custom: number }>(Prisma.sql`
      SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
      WHERE statement LIKE '%masthead_story_trigrams%' AND statement NOT LIKE '%pg_prepared_statements%'`);
    expect(plans.length).toBeGreaterThan(0);
    // PostgreSQL plans a prepared statement for its values five times, then keeps one plan if it costs no more.
    expect(plans.reduce((sum, plan) => sum + plan.generic, 0)).toBeGreaterThanOrEqual(words.length - 5);
  });

  it('settles on one plan for walking the newest stories too, page by page', async () => {
    // Single characters of the thousand stories above: counted past the cap, then walked.
    const words = ['苇', '芦', '塘', '荡', '里', '第', '条', '简', '讯', '的'];
    await db.$executeRaw`ANALYZE "Article", "ReaderSearchEntry"`;
    for (const page of [1, 2]) for (const word of words) expect((await search(word, page)).results).toHaveLength(SEARCH_PAGE_SIZE);
    const plans = await appDb.$queryPrepared<{ statement: string; generic: number; custom: number }>(Prisma.sql`
      SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
      WHERE statement LIKE '%"ReaderSearchEntry"%' AND statement NOT LIKE '%pg_prepared_statements%'`);
    // Counted, then walked: two statements for each page, each run once for each word (a
    // single character is looked for by its text alone, never through an index).
    const repeated = plans.filter((plan) => !plan.statement.includes('masthead_story_') && plan.generic + plan.custom >= words.length);
    expect(repeated.length).toBeGreaterThanOrEqual(2);
    // PostgreSQL plans a prepared statement for its values five times, then keeps one plan if it costs no more.
    for (const plan of repeated) expect(plan.generic, plan.statement).toBeGreaterThanOrEqual((plan.generic + plan.custom) / 2);
  });

  it('runs on connections that already carry its planner settings (one query, no transaction to set them)', async () => {
    const settings = await db.$queryRaw<{ jit: string; workers: string; work_mem: string; random_page_cost: string }[]>`
      SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers, current_setting('work_mem') AS work_mem, current_setting('random_page_cost') AS random_page_cost`;
    expect(settings[0]).toEqual({ jit: 'off', workers: '0', work_mem: '64MB', random_page_cost: '1.1' });
  });
});
