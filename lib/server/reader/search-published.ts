import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { escapeLike, excerptWindow, searchSnippet, SNIPPET_RADIUS, snippetFromExcerpt } from '@/lib/domain/search-snippet';
import { estimatedMatches, walkingIsCheaper } from '@/lib/domain/search-estimate';
import { characterRuns } from '@/lib/domain/character-runs';
import { pairSignatureHex } from '@/lib/domain/pair-signature';
import { hasNoLetterCase } from '@/lib/domain/search-text';
import { NOW_UTC } from './search-entries';

export const SEARCH_PAGE_SIZE = 20;
/** Results are counted up to this many ("1000+"): an exact count of a common word would read the whole archive. */
export const SEARCH_COUNT_CAP = 1000;
export const SEARCH_MAX_PAGE = SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE;

/**
 * `compute(value)` where the planner does not look at it: an InitPlan, worked out
 * when the statement runs. Seeing a longer word's pairs, PostgreSQL judged from the
 * index statistics that its one plan for every word would cost more than a plan for
 * this word, so it planned the prepared search anew each time: 2–3 ms of planning for
 * a three-character word, for 1 ms of work. Which way to search a common word is
 * decided here, from the same statistics (walkingIsCheaper), so the plan need not
 * depend on the word. The value comes from a subquery kept apart (OFFSET 0), not as a
 * constant: a function of a constant, such as masthead_trigrams('民政局'), is worked
 * out while planning, so a plan for the word looked cheaper than the one plan by the
 * function's declared cost, and PostgreSQL never kept one.
 */
const unseen = (value: string | string[], compute: (value: Prisma.Sql) => Prisma.Sql = (hidden) => hidden) =>
  Prisma.sql`(SELECT ${compute(Prisma.raw('hidden.value'))} FROM (SELECT ${value}::${Prisma.raw(Array.isArray(value) ? 'text[]' : 'text')} AS value OFFSET 0) AS hidden)`;

/**
 * The query's runs of `length` characters, as masthead_bigrams (2) or masthead_trigrams
 * (3) gives them, for the index's `@>`. Taken in the app when JavaScript and PostgreSQL
 * fold the query's case alike: each call of those SQL functions plans a statement of
 * its own (about 0.07 ms), more than the lookup of a rare pair.
 */
const queryRuns = (query: string, length: 2 | 3) =>
  hasNoLetterCase(query) ? unseen(characterRuns(query, length)) : unseen(query, (text) => Prisma.sql`${Prisma.raw(length === 2 ? 'masthead_bigrams' : 'masthead_trigrams')}(${text})`);

/**
 * A row count written into the statement rather than sent as a value. PostgreSQL
 * makes the one plan it keeps for a prepared statement (its generic plan) for
 * `LIMIT $1` as if a tenth of the rows were wanted: for a walk, tens of thousands of
 * stories, for which a scan and a sort look right, and its cost then differs from
 * that of the plans made for the values. With the counts in the text, each page is
 * its own prepared statement, and its one plan is made for that page.
 */
function rowCount(count: number): Prisma.Sql {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a row count: ${count}`);
  return Prisma.raw(String(count));
}

/**
 * True for a story of `a` that has every character pair of `query`. The left side is
 * written exactly as the index expression of migration 0006, or the planner cannot use it.
 */
export const storyHasBigramsOf = (query: string) => Prisma.sql`masthead_story_bigrams(a.kicker, a.headline, a.subheadline, a."bodyText") @> ${queryRuns(query, 2)}`;

/**
 * True for a story of `a` whose 引题, 主题, 副题 or body holds `query`, in any case.
 * A query without letters that have a case is looked for with strpos, which finds the
 * same stories as LIKE in three quarters of its time (and LIKE in less than half of
 * ILIKE's); others with ILIKE (LIKE wildcards taken literally).
 * The query is hidden from the planner too: the app walks the newest stories with
 * this test for words the statistics call common, and seeing the pattern, PostgreSQL
 * judged such a word rare and planned a connection's first five walks (custom plans)
 * as a scan of every story: 15 s for 明亮, page 2, on the archive. It is written as a
 * CASE for the same reason as entryMayHold's test: the planner takes four LIKEs of an
 * unknown pattern to keep one story in fifty, and a CASE to keep one in two. Past the
 * cap the app walks only words it judged common, and with both tests at their default
 * estimates PostgreSQL planned a walk on 30,000 stories as a scan and sort of all of them.
 */
export const storyContains = (query: string) => {
  if (hasNoLetterCase(query)) {
    const text = unseen(query);
    return Prisma.sql`CASE WHEN strpos(a.headline, ${text}) > 0 OR strpos(a."bodyText", ${text}) > 0 OR strpos(a.kicker, ${text}) > 0 OR strpos(a.subheadline, ${text}) > 0 THEN true ELSE false END`;
  }
  const like = unseen(`%${escapeLike(query)}%`);
  return Prisma.sql`CASE WHEN a.headline ILIKE ${like} OR a."bodyText" ILIKE ${like} OR a.kicker ILIKE ${like} OR a.subheadline ILIKE ${like} THEN true ELSE false END`;
};

/**
 * False for an entry `e` whose story cannot hold `query`: a bit of the query's pair
 * signature is missing from the story's (migration 0020). A walk then skips the story
 * without reading its text, which is most of what testing a story costs. True for
 * stories whose signature is not computed yet. Null for one character: no pair.
 * Written as a CASE, which the planner takes to keep one row in two: as a comparison
 * it takes it to keep one row in two hundred, and then plans the walk as a scan and
 * sort of every entry rather than stopping when the page is full.
 */
export const entryMayHold = (query: string) => {
  if ([...query].length < 2) return null;
  // Worked out in the app when it folds the query's case as PostgreSQL does: the SQL
  // functions cost a walk of a common word a quarter of its time (lib/domain/pair-signature.ts).
  const wanted = hasNoLetterCase(query)
    ? unseen(pairSignatureHex(characterRuns(query, 2)), (hex) => Prisma.sql`${hex}::bit varying`)
    : unseen(query, (text) => Prisma.sql`masthead_pair_signature(masthead_bigrams(${text}))`);
  return Prisma.sql`CASE WHEN e."pairSignature" IS NULL THEN true ELSE (e."pairSignature" & ${wanted}) = ${wanted} END`;
};

/** The same with every run of three characters, through the index of migration 0019. */
export const storyHasTrigramsOf = (query: string) => Prisma.sql`masthead_story_trigrams(a.kicker, a.headline, a.subheadline, a."bodyText") @> ${queryRuns(query, 3)}`;

/**
 * How the index finds the stories that contain `query`, or null for one character (no
 * pair: only the text can tell). Two characters are one pair and three one trigram: the
 * index is exact. A longer query has all its trigrams in a story that holds it, but
 * not only there, so each candidate is then checked whole.
 */
function indexedMatch(query: string): Prisma.Sql | null {
  const characters = [...query].length;
  if (characters < 2) return null;
  if (characters === 2) return storyHasBigramsOf(query);
  if (characters === 3) return storyHasTrigramsOf(query);
  return Prisma.sql`${storyHasTrigramsOf(query)} AND ${storyContains(query)}`;
}

/**
 * The publication of `slug` if it has an issue a visitor may see: the condition of
 * getPublishedPublication (visibleIssueCondition), written in SQL.
 */
const visiblePublication = (slug: string) => Prisma.sql`
  SELECT pub.name FROM "Publication" pub
  WHERE pub.slug = ${slug}
    AND EXISTS (SELECT 1 FROM "Issue" vi WHERE vi."publicationId" = pub.id AND (vi.status = 'PUBLISHED' OR (vi.status = 'SCHEDULED' AND vi."publishAt" <= ${NOW_UTC})))`;

/**
 * snippetBounds (lib/domain/search-snippet.ts) of the body of story `a`, in SQL:
 * `start` (0-based) of the excerpt, its `end` were the body long enough, and whether
 * the query is in it. Positions count characters, as JavaScript does for Chinese text.
 * The excerpt is then cut with one character more than it shows (excerptWindow): the
 * body goes on after it if that character is there, so its length is never counted.
 * A query without cased letters is looked for in the body as it is, as storyContains
 * does, rather than in a lower-cased copy. The body is read twice, here and for the
 * cut (which decompresses only as far as it needs): a shared copy through a subquery,
 * with char_length, cost a result 6–10 µs more on the archive.
 */
const excerptBounds = (query: string) => Prisma.sql`
  SELECT CASE WHEN found.at < 0 THEN 0 ELSE greatest(0, found.at - ${SNIPPET_RADIUS}::int) END AS start,
         CASE WHEN found.at < 0 THEN ${2 * SNIPPET_RADIUS}::int ELSE found.at + ${[...query].length}::int + ${SNIPPET_RADIUS}::int END AS "end",
         found.at >= 0 AS matched
  FROM (SELECT ${hasNoLetterCase(query) ? Prisma.sql`strpos(a."bodyText", ${query})` : Prisma.sql`strpos(lower(a."bodyText"), lower(${query}))`} - 1 AS at OFFSET 0) AS found`;

/**
 * Past the cap, how many of the newest stories a page is looked for in first, before
 * every match is taken from the index. A word whose pairs the statistics do not count
 * can still be in a tenth of the archive (a name, a place): the index then gave 80,000
 * stories to test for one page (3–4 s on the benchmark archive), while the newest
 * hundred held the page. Walking past an entry costs about 2 µs there, and reading
 * and testing a story that may hold the word (by its signature) about 12 µs: ten
 * thousand entries are at most about 20 ms, while a word past the cap that they do
 * not hold enough of (in fewer than one story of five hundred) sorted 3,000–4,000
 * matches from the index in 60–150 ms.
 */
export const SEARCH_WALK_BUDGET = 10_000;

type PairStatistics = { shares: Map<string, number>; stories: number; readAt: number };
let pairStatistics: Promise<PairStatistics> | undefined;
/** ANALYZE refreshes the statistics now and then: reading them again every ten minutes is plenty. */
const PAIR_STATISTICS_TTL_MS = 10 * 60_000;

/**
 * The share of stories holding each of the bigram index's most common pairs, as
 * ANALYZE last counted them, kept in memory: read per search, they cost more than
 * the search of a rare word.
 */
async function commonPairStatistics(): Promise<PairStatistics> {
  const current = await pairStatistics;
  if (current && Date.now() - current.readAt < PAIR_STATISTICS_TTL_MS) return current;
  pairStatistics = (async () => {
    const rows = await db.$queryRaw<{ pair: string; share: number; stories: number }[]>`
      SELECT m.pair, m.share::float8 AS share, (SELECT reltuples FROM pg_class WHERE relname = 'Article')::float8 AS stories
      FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(pair, share)
      WHERE s.tablename = 'Article_search_bigrams_idx'`;
    return { shares: new Map(rows.map((row) => [row.pair, row.share])), stories: rows[0]?.stories ?? 0, readAt: Date.now() };
  })();
  pairStatistics.catch(() => (pairStatistics = undefined));
  return pairStatistics;
}

type Row = {
  /** Null when no publication of this slug has a published issue: the search page is then a 404. */
  publicationName: string | null;
  total: number;
  id: string | null;
  headline: string;
  kicker: string | null;
  /** The part of the body a result shows (excerptBounds) and one character more if the body goes on: a story's whole text is many times the page of results. */
  bodyWindow: string;
  excerptLength: number;
  cutBefore: boolean;
  matched: boolean;
  issueNumber: number;
  /** YYYY-MM-DD: the statement is prepared (db.$queryPrepared), whose rows carry no Prisma types. */
  issueDate: string;
  pageNumber: number;
  pageName: string;
};

/**
 * Chinese substring search over the stories of published issues, newest issue
 * first. See README, "How search scales".
 *
 * What a visitor may find is the list kept in ReaderSearchEntry (the stories of
 * published issues, and of scheduled ones from their time), which also holds the
 * issue date and page that results are sorted by: one narrow table to join.
 * A two-character query is looked up in the bigram index (migration 0006), a
 * longer one in the trigram index (0019): a story can contain the query only if
 * it has all of the query's pairs or trigrams. For two and three characters that
 * is exact. Longer queries are then checked against the text (indexedMatch,
 * storyContains).
 *
 * One statement collects up to SEARCH_COUNT_CAP + 1 matches through the index,
 * counts them and sorts them for the page asked for. With more matches than the
 * cap, the page comes either from the index again, sorted by date, or from
 * walking the newest entries until it is full, testing each story's text
 * (storyContains: far cheaper than computing its pairs): whichever reads fewer
 * stories by the index statistics (walkingIsCheaper). A word the statistics put
 * in ten thousand stories or more is past the cap for sure and is not counted.
 * When the statistics said the index, the page is first looked for among the
 * newest `walkBudget` stories (SEARCH_WALK_BUDGET), and taken from the index only
 * if they hold too few matches.
 */
export async function searchPublishedStories({
  publicationSlug,
  query: typed,
  page,
  walkBudget = SEARCH_WALK_BUDGET,
}: {
  publicationSlug: string;
  query: string;
  page: number;
  walkBudget?: number;
}) {
  // PostgreSQL refuses NUL in text (a 500); the search page refuses it with a message, this is for other callers.
  const query = typed.replace(/\u0000/g, '');
  const offset = (Math.min(page, SEARCH_MAX_PAGE) - 1) * SEARCH_PAGE_SIZE;
  const contains = storyContains(query);
  const mayHold = entryMayHold(query);
  // How a walk tests each entry: its signature first, then its story's text if need be.
  const walked = mayHold ? Prisma.sql`${mayHold} AND ${contains}` : contains;
  const indexed = indexedMatch(query);
  // The publication as a constant (an init plan), so that the entries' (publicationId,
  // issueDate) index yields stories newest first and a walk can stop early.
  const visibleEntries = Prisma.sql`e."publicationId" = (SELECT id FROM "Publication" WHERE slug = ${publicationSlug}) AND e."visibleFrom" <= ${NOW_UTC}`;
  const matching = (condition: Prisma.Sql) => Prisma.sql`
    FROM "ReaderSearchEntry" e
    JOIN "Article" a ON a.id = e."articleId"
    WHERE ${visibleEntries}
      AND ${condition}`;
  const order = Prisma.sql`ORDER BY "issueDate" DESC, "pageNumber" ASC, "articleId"`;
  // `total` and the publication's name come with every row, and alone on a row of
  // nulls when the page is empty: the search page needs no other statement (each is
  // a round trip, and on a busy server the round trips are most of a search's cost).
  const pageOf = (hits: Prisma.Sql, total: Prisma.Sql) => Prisma.sql`
    WITH hits AS MATERIALIZED (${hits}),
    shown AS (SELECT * FROM hits ${order} LIMIT ${rowCount(SEARCH_PAGE_SIZE)} OFFSET ${rowCount(offset)})
    SELECT publication.name AS "publicationName", ${total} AS total, a.id, a.headline, a.kicker,
      substr(a."bodyText", cut.start + 1, cut."end" - cut.start + 1) AS "bodyWindow", cut."end" - cut.start AS "excerptLength", cut.start > 0 AS "cutBefore", cut.matched,
      i.number AS "issueNumber", i.date::text AS "issueDate", p.number AS "pageNumber", p.name AS "pageName"
    FROM (SELECT 1) AS always
    LEFT JOIN (${visiblePublication(publicationSlug)}) AS publication ON true
    LEFT JOIN (shown
      JOIN "Article" a ON a.id = shown."articleId"
      JOIN LATERAL (${excerptBounds(query)}) AS cut ON true
      JOIN "Issue" i ON i.id = shown."issueId"
      JOIN "Page" p ON p."issueId" = shown."issueId" AND p.number = shown."pageNumber") ON true
    ORDER BY shown."issueDate" DESC, shown."pageNumber" ASC, shown."articleId"`;
  const entries = Prisma.sql`e."articleId", e."issueId", e."issueDate", e."pageNumber"`;
  const statistics = await commonPairStatistics();
  // The planner settings these queries rely on are every connection's (lib/prisma-client.ts).
  const pastTheCap = Prisma.sql`${SEARCH_COUNT_CAP + 1}::int`;
  // Prepared statements: planning this statement costs PostgreSQL more than running it.
  const newest = (condition: Prisma.Sql) => db.$queryPrepared<Row>(pageOf(Prisma.sql`SELECT ${entries} ${matching(condition)} ${order} LIMIT ${rowCount(SEARCH_PAGE_SIZE + offset)}`, pastTheCap));
  // The same page among the newest `walkBudget` entries only. Past the cap a page is always
  // full, so a full page here is the page: every match outside them comes after them.
  const newestAmongLatest = async () => {
    const latest = Prisma.sql`SELECT e.* FROM "ReaderSearchEntry" e WHERE ${visibleEntries} ${order} LIMIT ${rowCount(walkBudget)}`;
    const rows = await db.$queryPrepared<Row>(
      pageOf(Prisma.sql`SELECT ${entries} FROM (${latest}) e JOIN "Article" a ON a.id = e."articleId" WHERE ${walked} ${order} LIMIT ${rowCount(SEARCH_PAGE_SIZE + offset)}`, pastTheCap),
    );
    return rows.filter((row) => row.id !== null).length === SEARCH_PAGE_SIZE ? rows : null;
  };
  const estimate = indexed ? estimatedMatches(query, statistics.shares, statistics.stories) : 0;
  const walk = !indexed || walkingIsCheaper({ matches: estimate, offset, pageSize: SEARCH_PAGE_SIZE, stories: statistics.stories });
  let rows: Row[];
  if (walk && estimate >= 10 * SEARCH_COUNT_CAP) {
    rows = await newest(walked);
  } else {
    const collected = await db.$queryPrepared<Row>(pageOf(Prisma.sql`SELECT ${entries} ${matching(indexed ?? contains)} LIMIT ${rowCount(SEARCH_COUNT_CAP + 1)}`, Prisma.sql`(SELECT count(*) FROM hits)::int`));
    if ((collected[0]?.total ?? 0) <= SEARCH_COUNT_CAP) rows = collected;
    else if (walk || !indexed) rows = await newest(walked);
    else rows = (await newestAmongLatest()) ?? (await newest(indexed));
  }
  const total = rows[0]?.total ?? 0;
  const found = rows.filter((row): row is Row & { id: string } => row.id !== null);
  return {
    /** The publication searched, if a visitor may see it (one of its issues is published). */
    publication: rows[0]?.publicationName ? { name: rows[0].publicationName } : null,
    total: Math.min(total, SEARCH_COUNT_CAP),
    /** More results than were counted: shown as "1000+". */
    capped: total > SEARCH_COUNT_CAP,
    results: found.map((row) => {
      const { excerpt, cutAfter } = excerptWindow(row.bodyWindow, row.excerptLength);
      return {
        articleId: row.id,
        headline: searchSnippet(row.headline, query, 100),
        snippet: snippetFromExcerpt(excerpt, query, { cutBefore: row.cutBefore, cutAfter, matched: row.matched }),
        issueNumber: row.issueNumber,
        issueDate: row.issueDate,
        pageNumber: row.pageNumber,
        pageName: row.pageName,
      };
    }),
  };
}
