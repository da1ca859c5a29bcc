// npm run bench:reader -- [--url http://127.0.0.1:3000] [--connections 50] [--seconds 10] [--searches-only] [--search-rate 300]
// Load on the reader site of a running Masthead (start it with `npm run demo`,
// or `npm start` against a real PostgreSQL): requests per second and latency
// percentiles for the front page, an inside page, a story, one search asked
// again and again, and searches that are all different (words taken from the
// published stories, each asked once: no cache can answer them).
import autocannon from 'autocannon';
import { runPaced } from './archive/load';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    query: { type: 'string', default: '湿地' },
    'searches-only': { type: 'boolean', default: false },
    /** The steady rate of the second run of different searches (0: none). */
    'search-rate': { type: 'string', default: '300' },
  },
});
const base = values.url!.replace(/\/$/, '');
const json = async <T>(path: string) => (await (await fetch(base + path)).json()) as T;

type Story = { url: string; kicker: string | null; headline: string; subheadline: string | null; body: unknown };

/** Every string under `node` (a ProseMirror document). */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const child of node) texts(child, out);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) texts(value, out);
  return out;
}

/** Two- and three-character runs of Chinese from the published stories, each once, in a fixed shuffled order. */
function searchWords(stories: Story[]): string[] {
  const words = new Set<string>();
  for (const story of stories) {
    for (const text of [story.kicker ?? '', story.headline, story.subheadline ?? '', ...texts(story.body)]) {
      for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
        const characters = [...run];
        for (let i = 0; i + 2 <= characters.length; i++) {
          words.add(characters.slice(i, i + 2).join(''));
          if (i + 3 <= characters.length) words.add(characters.slice(i, i + 3).join(''));
        }
      }
    }
  }
  // A fixed order (a linear congruential shuffle), so that runs compare.
  const list = [...words];
  let seed = 20261130;
  for (let i = list.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Real addresses from the public API: the latest issue, its page 2, a story on page 1, and the stories of recent issues. */
async function targets() {
  const publications = await json<{ publications: { slug: string }[] }>('/api/v1/publications');
  const slug = publications.publications[0]?.slug;
  if (!slug) throw new Error('No published issue to load: start the demo first.');
  const issues = await json<{ issues: { number: number; pageCount: number }[] }>(`/api/v1/publications/${slug}/issues?limit=20`);
  const stories: Story[] = [];
  for (const issue of issues.issues) {
    for (let page = 1; page <= issue.pageCount; page++) {
      stories.push(...(await json<{ page: { stories: Story[] } }>(`/api/v1/publications/${slug}/issues/${issue.number}/pages/${page}`)).page.stories);
    }
  }
  const number = issues.issues[0].number;
  const front = await json<{ page: { stories: Story[] } }>(`/api/v1/publications/${slug}/issues/${number}/pages/1`);
  return { slug, words: searchWords(stories), pages: [['front page', '/'], ['inside page', `/${slug}/${number}/2`], ['story', front.page.stories[0].url], ['search, one word', `/${slug}/search?q=${encodeURIComponent(values.query!)}`]] as const };
}

type Measured = { result: autocannon.Result; latencies: number[] };

/** One autocannon run and the latency of every answer, from which the percentiles are taken: autocannon reports no p95. */
function load(options: autocannon.Options): Promise<Measured> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, latencies: latencies.sort((a, b) => a - b) })));
    instance.on('response', (_client, _status, _bytes, milliseconds: number) => latencies.push(milliseconds));
  });
}

const percentile = (sorted: number[], share: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] : 0);

const rows: string[][] = [];
const connections = Number(values.connections);
const duration = Number(values.seconds);
const searchRate = Number(values['search-rate']);
type Row = { rps: number; p50: number; p95: number; p975: number; p99: number; failed: number };
const addRow = (name: string, path: string, { rps, p50, p95, p975, p99, failed }: Row) => {
  rows.push([name, path.length > 40 ? `${path.slice(0, 37)}…` : path, rps.toFixed(0), ...[p50, p95, p975, p99].map((ms) => String(Math.round(ms))), String(failed)]);
  console.error(`done: ${name}`);
};
const record = (name: string, path: string, { result, latencies }: Measured) =>
  addRow(name, path, {
    rps: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p975: percentile(latencies, 0.975),
    p99: percentile(latencies, 0.99),
    failed: result.errors + result.timeouts + result.non2xx,
  });

const { slug, words, pages } = await targets();
if (!values['searches-only']) for (const [name, path] of pages) record(name, path, await load({ url: base + path, connections, duration }));

// Each word once: a run ends when the words do (autocannon's `amount` overrides the
// duration). A parameter the app ignores, new for every run, keeps an earlier run's
// answers (kept a minute by the page cache) out of this one.
const run = Date.now().toString(36);
const differentSearches = (amount: number, tag: string) => {
  let next = 0;
  return load({
    url: base,
    connections,
    amount,
    requests: [{ setupRequest: (request) => ({ ...request, path: `/${slug}/search?q=${encodeURIComponent(words[next++ % words.length])}&run=${run}${tag}` }) }],
  });
};
// The first searches after a start run before the JIT compiler has the render's code hot.
await differentSearches(Math.min(1000, words.length), 'warm');
// As many as the app answers: its throughput, with 50 readers always waiting (their
// latency is mostly the queue). Then readers arriving at a steady rate, as on a real
// site: the latency a reader sees while the app answers that many a second.
record(`search, ${words.length} different words, as fast as answered`, `/${slug}/search?q=…`, await differentSearches(words.length, 'a'));
// Evenly spaced, each timed from its due time (runPaced): autocannon's set rate sends each
// connection's share of a second as fast as it can when the second starts, in bursts.
if (searchRate > 0) {
  const paths = words.map((word) => `/${slug}/search?q=${encodeURIComponent(word)}&run=${run}b`);
  addRow(`search, ${words.length} different words, ${searchRate} a second`, `/${slug}/search?q=…`, await runPaced({ base, paths, rate: searchRate }));
}

const header = ['target', 'path', 'req/s', 'p50 ms', 'p95 ms', 'p97.5 ms', 'p99 ms', 'failed'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`${connections} connections, ${duration} s each (the different searches: until every word was asked), against ${base}`);
console.log(line(header));
for (const row of rows) console.log(line(row));
