// Generates the benchmark archive: twenty years of a daily paper (about 6,000
// published issues, 50,000 pages and 600,000 stories) streamed into
// PostgreSQL with COPY, then indexed and analysed. Deterministic: the same
// seed gives the same archive.
import { spawn } from 'node:child_process';
import pg from 'pg';
import * as V from './vocabulary';
import { Prisma } from '@/lib/generated/prisma/client';
import { writeReaderSearchEntries } from '@/lib/server/reader/search-entries';

export const ARCHIVE_SLUG = 'changhe';
const YEARS_OF_DAYS = 7000;

/** Small fast deterministic PRNG (mulberry32). */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
// Squaring skews choices towards the front of a list: its first words are common, its last rare.
const skewed = <T>(rand: Rand, list: readonly T[]) => list[Math.floor(rand() * rand() * list.length)];
const any = <T>(rand: Rand, list: readonly T[]) => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

function sentence(rand: Rand): string {
  const place = skewed(rand, V.PLACES);
  const body = skewed(rand, V.BODIES);
  const action = skewed(rand, V.ACTIONS);
  const outcome = any(rand, V.OUTCOMES);
  const rare = rand() < 0.004 ? `，还安排了${any(rand, V.RARE)}等特色内容` : '';
  switch (int(rand, 0, 6)) {
    case 0:
      return `${any(rand, V.TIMES)}，${place}${action}${rare}，${outcome}。`;
    case 1:
      return `${body}${action}，共有${int(rand, 12, 4800)}${any(rand, V.UNITS)}参与其中，${outcome}。`;
    case 2:
      return `“${any(rand, V.QUOTES)}。”${place}${any(rand, V.TITLES)}${any(rand, V.PEOPLE)}说。`;
    case 3:
      return `据介绍，${place}今年计划${action}，目前已完成${int(rand, 20, 95)}%${rare}。`;
    case 4:
      return `下一步，${body}将继续${action}，${outcome}。`;
    case 5:
      return `记者在${place}看到，${any(rand, V.SCENES)}。`;
    default:
      return `截至目前，全区累计${action}${int(rand, 3, 900)}处，同比增长${int(rand, 2, 40)}.${int(rand, 0, 9)}%。`;
  }
}

function headline(rand: Rand): string {
  const place = skewed(rand, V.PLACES);
  switch (int(rand, 0, 3)) {
    case 0:
      return `${place}${skewed(rand, V.ACTIONS)} ${any(rand, V.OUTCOMES)}`;
    case 1:
      return `${skewed(rand, V.BODIES)}${skewed(rand, V.ACTIONS)}`;
    case 2:
      return `${any(rand, V.TIMES)}${place}${any(rand, V.ACTIONS)}`;
    default:
      return `${place}：${any(rand, V.SCENES)}`;
  }
}

/** Paragraphs of about `chars` characters, three to five sentences each. */
function paragraphs(rand: Rand, chars: number): string[] {
  const result: string[] = [];
  let total = 0;
  while (total < chars) {
    let paragraph = '';
    for (let i = int(rand, 3, 5); i > 0 && total + paragraph.length < chars; i--) paragraph += sentence(rand);
    result.push(paragraph);
    total += paragraph.length;
  }
  return result;
}

// A 6 × 8 grid: the front page carries nine stories, inside pages twelve.
type SlotRect = [name: string, column: number, row: number, columns: number, rows: number, chars: [number, number]];
const INSIDE: SlotRect[] = [
  ['头条', 1, 1, 4, 2, [1400, 3200]], ['二条', 5, 1, 2, 2, [700, 1400]], ['三条', 1, 3, 3, 2, [700, 1500]],
  ['四条', 4, 3, 3, 2, [600, 1300]], ['五条', 1, 5, 2, 2, [400, 900]], ['六条', 3, 5, 2, 2, [400, 900]],
  ['七条', 5, 5, 2, 2, [400, 900]], ['简讯一', 1, 7, 2, 1, [120, 350]], ['简讯二', 3, 7, 2, 1, [120, 350]],
  ['简讯三', 5, 7, 2, 1, [120, 350]], ['简讯四', 1, 8, 3, 1, [120, 350]], ['简讯五', 4, 8, 3, 1, [120, 350]],
];
const FRONT: SlotRect[] = [
  ['头条', 1, 1, 4, 3, [1500, 2800]], ['二条', 5, 1, 2, 3, [700, 1400]], ['三条', 1, 4, 3, 2, [700, 1300]],
  ['四条', 4, 4, 3, 2, [600, 1200]], ['五条', 1, 6, 2, 2, [400, 800]], ['六条', 3, 6, 2, 2, [400, 800]],
  ['导读', 5, 6, 2, 1, [100, 200]], ['简讯一', 5, 7, 2, 1, [120, 300]], ['简讯二', 5, 8, 2, 1, [120, 300]],
];

type IssuePlan = { number: number; date: string; pages: number };

/** Six issues a week (none on Sundays) up to yesterday; twelve pages on Fridays, eight otherwise. */
export function planIssues(today = new Date()): IssuePlan[] {
  const plans: IssuePlan[] = [];
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - YEARS_OF_DAYS * 86_400_000;
  for (let day = 0; day < YEARS_OF_DAYS; day++) {
    const date = new Date(start + day * 86_400_000);
    if (date.getUTCDay() === 0) continue;
    plans.push({ number: 1001 + plans.length, date: date.toISOString().slice(0, 10), pages: date.getUTCDay() === 5 ? 12 : 8 });
  }
  return plans;
}

const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(7, '0')}`;
// COPY's text format: backslash, tab, newline and carriage return are escaped; \N is NULL.
const field = (value: string | number | null) => (value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!));
const row = (values: (string | number | null)[]) => values.map(field).join('\t') + '\n';

/** Streams rows into `COPY table (columns) FROM STDIN` through psql. */
async function copyInto(url: string, table: string, columns: string[], rows: () => Generator<string>) {
  const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`], { stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise<void>((resolve, reject) => psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`COPY into ${table} failed (${code})`)))));
  let buffer = '';
  for (const line of rows()) {
    buffer += line;
    if (buffer.length > 1 << 20) {
      if (!psql.stdin.write(buffer)) await new Promise((resolve) => psql.stdin.once('drain', resolve));
      buffer = '';
    }
  }
  psql.stdin.end(buffer);
  await done;
}

const STAFF = { reporters: 36, pageEditors: 8, artEditors: 4 };
const REPORTER_NAMES = [...V.PEOPLE, '苏文', '钱悦', '邓佳', '冯涛', '曹磊', '彭琳', '曾珂', '谢宁', '韩笑', '蒋蕾', '秦川', '许诺', '梁爽', '袁野'];

export type ArchiveCounts = { issues: number; pages: number; stories: number };

export async function generateArchive(url: string, log: (line: string) => void): Promise<ArchiveCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Indexes are built once after loading, which is many times faster than
    // maintaining them row by row (the GIN ones above all).
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' AND tablename IN ('Issue', 'Page', 'Slot', 'Placement', 'Article', 'ArticleByline')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    // A migration's ALTER INDEX … SET STATISTICS (the bigram index's 10,000 common pairs)
    // is not part of indexdef: kept here and set again on the rebuilt indexes.
    const { rows: statistics } = await client.query<{ indexname: string; column: number; target: number }>(
      `SELECT c.relname AS indexname, a.attnum AS column, a.attstattarget AS target FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       WHERE c.relkind = 'i' AND c.relname = ANY($1) AND a.attstattarget > 0`,
      [indexes.map((index) => index.indexname)],
    );
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);

    const now = new Date().toISOString();
    const staff = [
      ...Array.from({ length: STAFF.reporters }, (_, i) => [id('bs', i), REPORTER_NAMES[i % REPORTER_NAMES.length] + (i >= REPORTER_NAMES.length ? '（二）' : ''), '{REPORTER}']),
      ...Array.from({ length: STAFF.pageEditors }, (_, i) => [id('be', i), `编辑${'甲乙丙丁戊己庚辛'[i]}`, '{PAGE_EDITOR}']),
      ...Array.from({ length: STAFF.artEditors }, (_, i) => [id('ba', i), `美编${'甲乙丙丁'[i]}`, '{ART_EDITOR}']),
    ];
    for (const [staffId, name, roles] of staff) {
      // No password: these accounts exist to sign stories and pages, not to sign in.
      await client.query(`INSERT INTO "Staff" (id, name, email, "passwordHash", roles, active, "updatedAt") VALUES ($1, $2, $3, '!', $4, false, now())`, [staffId, name, `${staffId}@bench.invalid`, roles]);
    }
    const masthead = { name: '长河报', nameTraditional: '長河報', romanizedName: 'CHANGHEBAO', sponsor: '中共长河区委宣传部主办', publisher: '长河区融媒体中心出版', permitNumber: '河内资准字 0612—L0031号', website: 'http://www.changhe.example', serviceStrip: '便民热线 | 政务服务:12345 供暖报修:96069 燃气急修:96777' };
    const publicationId = 'bpub0000001';
    const pageFormat = JSON.stringify({ name: '4开', widthMm: 297, heightMm: 420, columns: 6, rows: 8 });
    // At most one default publication (a unique index): the others step back first.
    await client.query(`UPDATE "Publication" SET "isDefault" = false`);
    await client.query(
      `INSERT INTO "Publication" (id, slug, name, "nameTraditional", "romanizedName", sponsor, publisher, "permitNumber", website, "serviceStrip", "pageFormat", "isDefault", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true, now())`,
      [publicationId, ARCHIVE_SLUG, masthead.name, masthead.nameTraditional, masthead.romanizedName, masthead.sponsor, masthead.publisher, masthead.permitNumber, masthead.website, masthead.serviceStrip, pageFormat],
    );

    const plans = planIssues();
    // One issue still being planned, with placed stories: it must never show up.
    const last = plans.at(-1)!;
    const planning = { number: last.number + 1, date: new Date(Date.parse(last.date) + 2 * 86_400_000).toISOString().slice(0, 10), pages: 8 };
    const all = [...plans, planning];
    const layout = (page: number) => (page === 1 ? FRONT : INSIDE);

    log(`issues: ${all.length}`);
    await copyInto(url, 'Issue', ['id', 'publicationId', 'number', 'date', 'masthead', 'pageFormat', 'status', 'publishedAt', 'signedOffAt', 'updatedAt'], function* () {
      for (const [i, plan] of all.entries()) {
        const published = plan !== planning;
        const at = `${plan.date}T06:00:00+08:00`;
        yield row([id('bi', i), publicationId, plan.number, plan.date, JSON.stringify(masthead), pageFormat, published ? 'PUBLISHED' : 'PLANNING', published ? at : null, published ? at : null, published ? at : now]);
      }
    });
    log('pages and slots');
    await copyInto(url, 'Page', ['id', 'issueId', 'number', 'name', 'editorId', 'artEditorId'], function* () {
      let n = 0;
      for (const [i, plan] of all.entries()) {
        for (let page = 1; page <= plan.pages; page++, n++) yield row([id('bp', n), id('bi', i), page, V.PAGE_NAMES[page - 1], id('be', n % STAFF.pageEditors), id('ba', n % STAFF.artEditors)]);
      }
    });
    await copyInto(url, 'Slot', ['id', 'pageId', 'name', 'column', 'row', 'columns', 'rows'], function* () {
      let pageN = 0;
      let slotN = 0;
      for (const plan of all) {
        for (let page = 1; page <= plan.pages; page++, pageN++) {
          for (const [name, column, rowN, columns, rows] of layout(page)) yield row([id('bl', slotN++), id('bp', pageN), name, column, rowN, columns, rows]);
        }
      }
    });

    log('stories');
    let stories = 0;
    await copyInto(
      url,
      'Article',
      ['id', 'publicationId', 'columnLabel', 'kicker', 'headline', 'subheadline', 'dateline', 'source', 'credits', 'body', 'bodyText', 'status', 'authorId', 'createdAt', 'updatedAt'],
      function* () {
        let n = 0;
        for (const [i, plan] of all.entries()) {
          const rand = prng(plan.number * 7919);
          const published = plan !== planning;
          const at = `${plan.date}T06:00:00+08:00`;
          for (let page = 1; page <= plan.pages; page++) {
            for (const [, , , , , [min, max]] of layout(page)) {
              const text = paragraphs(rand, int(rand, min, max));
              const body = { type: 'doc', content: text.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) };
              const reprint = rand() < 0.06;
              yield row([
                id('bk', n),
                publicationId,
                rand() < 0.12 ? any(rand, V.COLUMN_LABELS) : null,
                rand() < 0.2 ? `${skewed(rand, V.BODIES)}${any(rand, V.ACTIONS)}` : null,
                headline(rand),
                rand() < 0.25 ? `——${any(rand, V.OUTCOMES)}` : null,
                reprint ? null : '本报讯',
                reprint ? any(rand, ['新华社', '长河日报', '河畔晚报']) : null,
                rand() < 0.1 ? `（${any(rand, REPORTER_NAMES)} ${any(rand, REPORTER_NAMES)}）` : null,
                JSON.stringify(body),
                text.join('\n'),
                published ? 'PUBLISHED' : 'PLACED',
                id('bs', n % STAFF.reporters),
                at,
                at,
              ]);
              n++;
            }
          }
          if (i % 1000 === 0) log(`  ${i} issues`);
        }
        stories = n;
      },
    );
    await copyInto(url, 'Placement', ['id', 'slotId', 'articleId', 'part'], function* () {
      for (let n = 0; n < stories; n++) yield row([id('bm', n), id('bl', n), id('bk', n), 1]);
    });
    await copyInto(url, 'ArticleByline', ['id', 'articleId', 'position', 'staffId', 'name'], function* () {
      for (let n = 0; n < stories; n++) {
        const reporters = n % 17 === 0 ? 0 : n % 3 === 0 ? 2 : 1;
        for (let position = 1; position <= reporters; position++) {
          const staffIndex = (n + position * 11) % STAFF.reporters;
          yield row([id(`by${position}`, n), id('bk', n), position, id('bs', staffIndex), staff[staffIndex][1]]);
        }
      }
    });

    log(`indexes (${indexes.length}), two at a time`);
    const queue = [...indexes];
    await Promise.all(
      [0, 1].map(async () => {
        const worker = new pg.Client({ connectionString: url });
        await worker.connect();
        await worker.query(`SET maintenance_work_mem = '512MB'`);
        for (let index = queue.shift(); index; index = queue.shift()) {
          const started = Date.now();
          await worker.query(index.indexdef);
          log(`  ${index.indexname} ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
        await worker.end();
      }),
    );
    for (const { indexname, column, target } of statistics) await client.query(`ALTER INDEX "${indexname}" ALTER COLUMN ${column} SET STATISTICS ${target}`);
    // What the reader search may find, written as publishing writes it: in two halves at
    // once, as computing every story's pair signature takes about a millisecond of a core.
    log('reader search entries, two halves at a time');
    await Promise.all(
      [0, 1].map(async (half) => {
        const worker = new pg.Client({ connectionString: url });
        await worker.connect();
        const runner = { $executeRaw: async (query: Prisma.Sql) => (await worker.query(query.text, query.values)).rowCount ?? 0 };
        await writeReaderSearchEntries(runner, Prisma.sql`i.number % 2 = ${half}`);
        await worker.end();
      }),
    );
    // VACUUM sets the visibility map, so counting index hits need not visit every row.
    log('vacuum analyze');
    await client.query('VACUUM ANALYZE');
    const pages = all.reduce((sum, plan) => sum + plan.pages, 0);
    return { issues: plans.length, pages, stories };
  } finally {
    await client.end();
  }
}
