// npm run bench:reader -- [--url http://127.0.0.1:3000] [--connections 50] [--seconds 10]
// Load on the reader site of a running Masthead (start it with `npm run demo`,
// or `npm start` against a real PostgreSQL): requests per second and latency
// percentiles for the front page, an inside page, a story and a search.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    query: { type: 'string', default: '湿地' },
  },
});
const base = values.url!.replace(/\/$/, '');

/** Real addresses from the public API: the latest issue, its page 2 and a story on page 1. */
async function targets() {
  const publications = (await (await fetch(`${base}/api/v1/publications`)).json()) as { publications: { slug: string }[] };
  const slug = publications.publications[0]?.slug;
  if (!slug) throw new Error('No published issue to load: start the demo first.');
  const issues = (await (await fetch(`${base}/api/v1/publications/${slug}/issues?limit=1`)).json()) as { issues: { number: number }[] };
  const number = issues.issues[0].number;
  const page = (await (await fetch(`${base}/api/v1/publications/${slug}/issues/${number}/pages/1`)).json()) as { page: { stories: { url: string }[] } };
  return [
    ['front page', '/'],
    ['inside page', `/${slug}/${number}/2`],
    ['story', page.page.stories[0].url],
    ['search', `/${slug}/search?q=${encodeURIComponent(values.query!)}`],
  ] as const;
}

const rows: string[][] = [];
for (const [name, path] of await targets()) {
  const result = await autocannon({ url: base + path, connections: Number(values.connections), duration: Number(values.seconds) });
  const failed = result.errors + result.timeouts + result.non2xx;
  rows.push([name, path.length > 40 ? `${path.slice(0, 37)}…` : path, result.requests.average.toFixed(0), String(result.latency.p50), String(result.latency.p99), String(failed)]);
  console.error(`done: ${name}`);
}
const header = ['target', 'path', 'req/s', 'p50 ms', 'p99 ms', 'failed'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`${values.connections} connections, ${values.seconds} s each, against ${base}`);
console.log(line(header));
for (const row of rows) console.log(line(row));
