// npm run check:reader -- [--url http://127.0.0.1:3000] [--report-only] [--lighthouse-runs 3 (default)] [--no-lighthouse]
//
// The reader site checked with tools nobody here wrote, against issue 13's targets:
// the Nu HTML Checker on every kind of reader page, the Atom feed against RFC 4287's
// RELAX NG grammar (jing) and feedparser, the sitemaps against the sitemaps.org XML
// Schemas (xmllint) and location rule, robots.txt naming the sitemap, Lighthouse
// mobile on the front page, an inside page and a story, and each page's JavaScript.
// Prints one table and exits 1 when a target is missed (0 with --report-only).
//
// Without --url it builds the app when there is no build, starts it on port 3730
// with the demo data in a throwaway embedded PostgreSQL, and stops both at the end.
// As root on Debian it installs what is missing with apt (Java, jing, xmllint,
// python3-feedparser, Chromium); vnu.jar and Lighthouse come from npm.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { checkFeed } from './check-reader/feed';
import { get } from './check-reader/http';
import { jsWeight } from './check-reader/js-weight';
import { CHROMIUM, medianRun, runLighthouse } from './check-reader/lighthouse';
import { notFoundPageProblems } from './check-reader/not-found';
import { ACCESSIBILITY_MIN, JS_LIMIT_BYTES, PERFORMANCE_MIN, TBT_LIMIT_MS, atLeast, below, exitCode, formatTable, holds, info, kb, type Row } from './check-reader/report';
import { SITEINDEX_XSD, SITEMAP_XSD, offSite, outsideSitemapLocation, robotsSitemaps, sitemapLocs, xmllintSchemaErrors } from './check-reader/sitemaps';
import { discoverTargets } from './check-reader/targets';
import { ensureCheckTools } from './check-reader/tools';
import { checkHtml } from './check-reader/vnu';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    port: { type: 'string', default: '3730' },
    'report-only': { type: 'boolean', default: false },
    // One run's blocking time on the same page ranged 59–183 ms on a shared machine: the median of three is the figure.
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-lighthouse': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    query: { type: 'string', default: '湿地' },
  },
});
const log = (line: string) => console.error(`[check] ${line}`);
const root = path.resolve(import.meta.dirname, '..');
const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']));

ensureCheckTools(log, { chromium: values['no-lighthouse'] ? undefined : CHROMIUM });

let base = values.url?.replace(/\/$/, '');
let stopApp: (() => Promise<void>) | undefined;
if (!base) ({ base, stop: stopApp } = await startDemoApp(Number(values.port)));

const work = mkdtempSync(path.join(tmpdir(), 'masthead-check-'));
const rows: Row[] = [];
try {
  await checkAll(base, rows);
} catch (error) {
  // The figures so far are still printed; the check that could not run is a missed target.
  console.error(error);
  rows.push(holds('check run', 'stopped', false, (error as Error).message.slice(0, 80), 'completes'));
} finally {
  rmSync(work, { recursive: true, force: true });
  await stopApp?.();
}
// Lighthouse's simulated throttling scales the CPU time it observes: on a machine busy
// with other work its performance figures come out low. The load is printed beside them.
const load = loadavg()[0].toFixed(1);
console.log(`\nReader checks against ${base} (load average ${load} on ${availableParallelism()} CPUs)${values['no-lighthouse'] ? ' (Lighthouse skipped)' : `, Lighthouse ${lighthouseRuns === 1 ? 'one run' : `median of ${lighthouseRuns}`} a page`}\n`);
console.log(formatTable(rows));
const missed = rows.filter((row) => row.pass === false).length;
console.log(missed ? `\n${missed} target(s) missed.` : '\nEvery target met.');
process.exit(exitCode(rows, values['report-only']!));

async function checkAll(base: string, rows: Row[]) {
  const targets = await discoverTargets(base, values.query);

  log('fetching the reader pages');
  const html = new Map<string, string>();
  for (const page of targets.pages) {
    const response = await get(base + page.path);
    const text = await response.text();
    rows.push(holds('HTTP status', page.name, response.status === page.status, String(response.status), String(page.status)));
    html.set(page.name, text);
    if (page.status === 404) {
      const problems = notFoundPageProblems(text, targets.slug);
      rows.push(holds('404 page', page.name, problems.length === 0, problems.join('; ') || 'zh lang, one <main>, link home', 'zh lang, one <main>, link home'));
    }
  }

  log('Nu HTML Checker');
  const vnu = checkHtml(html, work);
  for (const [name, result] of vnu) {
    rows.push(holds('Nu HTML errors', name, result.errors.length === 0, `${result.errors.length} (${result.warnings.length} warnings)`, '0'));
    for (const [kind, messages] of [['error', result.errors], ['warning', result.warnings]] as const) {
      for (const message of messages) console.error(`  vnu ${kind}, ${name}, line ${message.lastLine ?? '?'}: ${message.message}${message.extract ? `\n      ${message.extract.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`);
    }
  }

  log('Atom feed');
  const feedResponse = await get(base + targets.feedPath);
  const feed = checkFeed(await feedResponse.text(), work);
  rows.push(holds('Atom feed (jing, RFC 4287)', targets.feedPath, feed.jingErrors.length === 0, feed.jingErrors.length ? `${feed.jingErrors.length} errors` : 'valid', 'valid'));
  rows.push(holds('Atom feed (feedparser)', targets.feedPath, feed.problems.filter((p) => !p.startsWith('jing')).length === 0, `bozo ${feed.parse.bozo}, ${feed.parse.version}, ${feed.parse.entries} entries`, 'bozo 0, atom10'));
  rows.push(holds('feed author (RFC 4287 4.1.1)', targets.feedPath, feed.parse.feed_author || feed.parse.entries_without_author.length === 0, feed.parse.feed_author ? 'feed author' : `${feed.parse.entries_without_author.length} entries without`, 'feed or every entry'));
  for (const problem of feed.problems) console.error(`  feed: ${problem}`);

  log('robots.txt and sitemaps');
  const robots = await (await get(`${base}/robots.txt`)).text();
  const named = robotsSitemaps(robots);
  rows.push(holds('robots.txt names the sitemap', '/robots.txt', named.length > 0, named.join(' ') || 'none', 'Sitemap: line'));
  // The sitemap's own origin is the configured public one (SITE_URL), which need not
  // be the address checked here: fetch each file by its path on `base`.
  const local = (url: string) => base + new URL(url).pathname + new URL(url).search;
  for (const indexUrl of named.length ? named : [`${base}/sitemap.xml`]) {
    const indexXml = await (await get(local(indexUrl))).text();
    const isIndex = /<sitemapindex\b/.test(indexXml);
    const indexPath = new URL(indexUrl).pathname;
    const errors = xmllintSchemaErrors(indexXml, isIndex ? SITEINDEX_XSD : SITEMAP_XSD, work, 'sitemap-index.xml');
    rows.push(holds(`sitemap ${isIndex ? 'index ' : ''}XSD (xmllint)`, indexPath, errors.length === 0, errors.length ? `${errors.length} errors` : 'valid', 'valid'));
    errors.forEach((line) => console.error(`  ${indexPath}: ${line}`));
    const files = isIndex ? sitemapLocs(indexXml) : [];
    if (isIndex) {
      const away = offSite(indexUrl, files);
      rows.push(holds('sitemaps on the index’s site', indexPath, away.length === 0, away.length ? `${away.length} elsewhere` : `${files.length} files`, 'all'));
    } else {
      const outside = outsideSitemapLocation(indexUrl, sitemapLocs(indexXml));
      rows.push(holds('sitemap location rule', indexPath, outside.length === 0, `${outside.length} outside`, '0 outside'));
    }
    let n = 0;
    for (const fileUrl of files) {
      const filePath = new URL(fileUrl).pathname;
      const response = await get(local(fileUrl));
      const xml = await response.text();
      const fileErrors = response.ok ? xmllintSchemaErrors(xml, SITEMAP_XSD, work, `sitemap-${++n}.xml`) : [`HTTP ${response.status}`];
      const urls = sitemapLocs(xml);
      const outside = outsideSitemapLocation(fileUrl, urls);
      rows.push(holds('sitemap XSD (xmllint)', filePath, fileErrors.length === 0, fileErrors.length ? `${fileErrors.length} errors` : `valid, ${urls.length} URLs`, 'valid'));
      rows.push(holds('sitemap location rule', filePath, outside.length === 0, `${outside.length} outside`, '0 outside'));
      fileErrors.slice(0, 5).forEach((line) => console.error(`  ${filePath}: ${line}`));
      outside.slice(0, 5).forEach((url) => console.error(`  ${filePath} lists ${url}, outside its folder`));
    }
  }

  log('JavaScript weight');
  for (const page of targets.pages.filter((p) => p.status === 200)) {
    const weight = await jsWeight(base + page.path, html.get(page.name));
    rows.push(holds('reader JS, gzipped', page.name, weight.total <= JS_LIMIT_BYTES, `${kb(weight.total)} (${weight.scripts} files ${kb(weight.gzipped)} + inline ${kb(weight.inlineGzipped)})`, `≤ ${kb(JS_LIMIT_BYTES)}`));
  }

  if (values['no-lighthouse']) return;
  for (const page of targets.lighthouse) {
    log(`Lighthouse (mobile): ${page.name}${lighthouseRuns > 1 ? `, ${lighthouseRuns} runs` : ''}`);
    let figures;
    try {
      figures = medianRun(Array.from({ length: lighthouseRuns }, () => runLighthouse(base + page.path)));
    } catch (error) {
      rows.push(holds('Lighthouse', page.name, false, `failed: ${(error as Error).message.split('\n')[0].slice(0, 80)}`, 'a report'));
      console.error(error);
      continue;
    }
    rows.push(atLeast('Lighthouse performance', page.name, figures.performance, PERFORMANCE_MIN));
    rows.push(below('Lighthouse TBT', page.name, figures.tbtMs, TBT_LIMIT_MS, ' ms'));
    rows.push(info('Lighthouse LCP', page.name, `${figures.lcpMs} ms`));
    if (figures.benchmarkIndex !== undefined) rows.push(info('Lighthouse benchmarkIndex', page.name, String(Math.round(figures.benchmarkIndex))));
    rows.push(atLeast('Lighthouse accessibility', page.name, figures.accessibility, ACCESSIBILITY_MIN));
    for (const id of figures.failedAudits) {
      const nodes = figures.failedNodes?.[id] ?? [];
      console.error(`  Lighthouse accessibility, ${page.name}: ${id} failed${nodes.length ? ` on ${nodes.length} elements, e.g.\n      ${nodes.slice(0, 5).join('\n      ')}` : ''}`);
    }
  }
}

/** The production build with the demo data in a throwaway embedded PostgreSQL, on `port`. */
async function startDemoApp(port: number): Promise<{ base: string; stop: () => Promise<void> }> {
  const { prepareEmbeddedDatabase } = await import('./prepare-database');
  const { buildApp, startApp } = await import('./run-app');
  const base = `http://127.0.0.1:${port}`;
  if (values.rebuild || !existsSync(path.join(root, '.next/BUILD_ID'))) {
    log('building the app');
    buildApp();
  }
  log('starting PostgreSQL with the demo data');
  const postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: 0 });
  let exited: () => void;
  const exit = new Promise<void>((resolve) => (exited = resolve));
  log(`starting the app at ${base}`);
  const app: ChildProcess = startApp({ port, host: '127.0.0.1', databaseUrl: postgres.url, siteUrl: base, onExit: async () => exited() });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    if (await get(`${base}/api/v1/publications`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`${base} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    base,
    stop: async () => {
      app.kill('SIGTERM');
      await exit;
      await postgres.stop();
    },
  };
}
