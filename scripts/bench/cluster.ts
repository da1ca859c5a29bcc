// npm run bench:cluster -- [--seconds 10] [--connections 50] [--rebuild]
//
// Several app servers behind nginx on one PostgreSQL, as README "Production"
// describes, on one machine, run as root on Debian 12 (installs PostgreSQL,
// nginx, wrk and redis-server with apt when missing). It starts PostgreSQL 15
// with a fresh demo database, Redis (the shared cache of rendered pages), three
// app servers (A, B, C) and nginx balancing them with the reader cache, then
// measures and prints:
//   - an issue published through A: seconds until it shows through nginx and on B and C;
//   - a correction made through B: seconds until it shows on A and C;
//   - an issue scheduled with three servers running: published exactly once (audit rows);
//   - a signed page's PDF through B, then through C (kept, not rendered again);
//   - kill -9 of C under wrk load through nginx: failed requests, and C's recovery;
//   - a photo uploaded through A, fetched through B, C and nginx (photos in s3rver, an
//     S3-protocol server, as a cluster keeps them in OSS, COS or MinIO);
//   - reader throughput through nginx with 1, 2 and 3 servers (cached and uncached).
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import sharp from 'sharp';
import { createPrismaClient } from '@/lib/prisma-client';
import { seedDemo } from '@/prisma/seed/demo';
import { applyMigrations } from '../db/migrate';
import { buildApp, startApp } from '../run-app';
import { startRedis } from '../cluster/redis-server';
import { startS3Server } from '../../tests/support/s3-server';
import { runWrk, runWrkAsync, writeRotatingScript, type LoadResult } from './archive/load';
import { dropDatabase, ensureDatabase, ensurePackages } from './archive/system';
import { startClusterNginx } from './cluster/nginx';
import { correctThrough, launchBrowser, publishThrough, scheduleFor, signedOffIssue, staffOn } from './cluster/newsroom';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rebuild: { type: 'boolean', default: false },
    'first-port': { type: 'string', default: '3250' },
    database: { type: 'string', default: 'masthead_cluster' },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const firstPort = Number(values['first-port']);
const appPorts = [firstPort, firstPort + 1, firstPort + 2];
const [A, B, C] = appPorts.map((port) => `http://127.0.0.1:${port}`);
const nginxPorts = { front: firstPort + 5, cached: [firstPort + 6, firstPort + 7, firstPort + 8], uncached: [firstPort + 9, firstPort + 10, firstPort + 11] };
const FRONT = `http://127.0.0.1:${nginxPorts.front}`;
const log = (line: string) => console.error(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TARGET_SECONDS = 2;

ensurePackages(log, [['redis-server', 'redis-server']]);
// A fresh demo database every run (the first call starts PostgreSQL).
ensureDatabase({ database: values.database!, password: values.database!, log });
dropDatabase(values.database!);
const { url } = ensureDatabase({ database: values.database!, password: values.database!, log });
await applyMigrations(url);
const work = mkdtempSync(path.join(tmpdir(), 'masthead-cluster-'));
chmodSync(work, 0o755);
// Photos and rendered PDFs in S3-compatible storage (s3rver, its own process), as a
// cluster keeps them; the seed below writes the demo's photos there.
const s3 = await startS3Server({ bucket: 'masthead-cluster', quiet: true });
Object.assign(process.env, s3.env);
{
  const db = createPrismaClient(url, { max: 2 });
  await seedDemo(db);
  await db.$disconnect();
}
// This process prepares issues through the data layer on the same database.
process.env.DATABASE_URL = url;
if (values.rebuild || !existsSync(path.join(root, '.next/BUILD_ID'))) buildApp();

const redis = await startRedis();

type Server = ReturnType<typeof startApp>;
let stopping = false;
function startServer(port: number): Server {
  return startApp({
    port,
    host: '127.0.0.1',
    // Readers reach the cluster through nginx's front.
    siteUrl: FRONT,
    databaseUrl: url,
    keepRenderedPages: true,
    env: { REDIS_URL: redis.url, TRUST_PROXY: '1', ...s3.env },
    onExit: async (code) => {
      if (!stopping && !killed.has(port)) log(`server on ${port} exited (${code})`);
    },
  });
}
const killed = new Set<number>();
const servers: Server[] = appPorts.map(startServer);
const nginx = startClusterNginx({ dir: path.join(work, 'nginx'), appPorts, ports: nginxPorts });
const browser = await launchBrowser();

async function stopAll() {
  stopping = true;
  await browser.close().catch(() => {});
  for (const server of servers) server.kill('SIGTERM');
  nginx.kill('SIGQUIT');
  await redis.stop();
  await s3.stop();
  await sleep(1000);
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url, { redirect: 'manual' })).status;
  } catch {
    return 0;
  }
}
async function waitUntilUp(base: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while ((await status(`${base}/login`)) !== 200) {
    if (Date.now() - started > timeoutMs) throw new Error(`${base} did not start`);
    await sleep(100);
  }
  return Date.now() - started;
}

/** Polls `url` every 50 ms from now; resolves with the time `text` first appeared (ms since epoch), or null. */
async function firstSeen(url: string, text: string, timeoutMs = 20_000): Promise<number | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await (await fetch(url)).text()).includes(text)) return Date.now();
    } catch {}
    await sleep(50);
  }
  return null;
}
const secondsAfter = (seen: number | null, since: number) => (seen === null ? null : Math.max(0, (seen - since) / 1000));
const show = (value: number | null) => (value === null ? 'not within 20 s' : `${value.toFixed(2)} s`);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
/** nginx's log of the production front: `status|upstream addresses|upstream statuses|msec` per request. */
const frontLogLines = () => {
  try {
    return readFileSync(path.join(work, 'nginx/front.log'), 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

const report: string[] = [];
try {
  for (const base of [A, B, C]) await waitUntilUp(base);
  await waitUntilUp(FRONT);
  log('three servers and nginx are up');
  const chief = await staffOn(browser, A, 'chiefEditor');
  const editor = await staffOn(browser, B, 'editor');

  // 1. Published through A.
  const first = await signedOffIssue(`集群发布测试 ${Date.now() % 100000}`);
  for (const base of [FRONT, A, B, C]) await fetch(`${base}/wanghe`).then((r) => r.text()); // every cache holds the front page
  const watchers = [FRONT, B, C].map((base) => firstSeen(`${base}/wanghe`, first.headline));
  await publishThrough(chief, first.issueId);
  const published = Date.now();
  const [viaNginx, onB, onC] = (await Promise.all(watchers)).map((seen) => secondsAfter(seen, published));
  const publishOk = [viaNginx, onB, onC].every((s) => s !== null && s <= TARGET_SECONDS);
  report.push(
    `Publish on A → seen through nginx ${show(viaNginx)}, on B ${show(onB)}, on C ${show(onC)} (target ≤ ${TARGET_SECONDS} s: ${verdict(publishOk)})`,
  );

  // 2. A correction through B.
  const story = `/wanghe/${first.number}/1/${first.articleId}`;
  for (const base of [FRONT, A, C]) await fetch(base + story).then((r) => r.text());
  const kicker = `集群更正引题 ${Date.now() % 100000}`;
  const correctionWatchers = [A, C, FRONT].map((base) => firstSeen(base + story, kicker));
  await correctThrough(editor, first.articleId, kicker);
  const corrected = Date.now();
  const [cOnA, cOnC, cViaNginx] = (await Promise.all(correctionWatchers)).map((seen) => secondsAfter(seen, corrected));
  const correctionOk = [cOnA, cOnC, cViaNginx].every((s) => s !== null && s <= TARGET_SECONDS);
  report.push(`Correction on B → seen on A ${show(cOnA)}, on C ${show(cOnC)}, through nginx ${show(cViaNginx)} (target ≤ ${TARGET_SECONDS} s: ${verdict(correctionOk)})`);

  // 3. Scheduled, with three servers running.
  const scheduled = await signedOffIssue(`集群定时测试 ${Date.now() % 100000}`);
  const publishAt = new Date(Date.now() + 6_000);
  await scheduleFor(scheduled.issueId, publishAt);
  const scheduledWatchers = [FRONT, A, B, C].map((base) => firstSeen(`${base}/wanghe`, scheduled.headline, 40_000));
  const seenScheduled = (await Promise.all(scheduledWatchers)).map((seen) => secondsAfter(seen, publishAt.getTime()));
  await sleep(5_000); // every server's publisher has had its turn
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const issueRow = (await db.query(`SELECT status FROM "Issue" WHERE id = $1`, [scheduled.issueId])).rows[0] as { status: string };
  const audits = (await db.query(`SELECT action FROM "AuditEvent" WHERE "entityId" = $1 AND action LIKE 'issue.publish%'`, [scheduled.issueId])).rows.map((r) => r.action as string);
  await db.end();
  report.push(
    `Scheduled issue, three servers: status ${issueRow.status}, publication audit rows ${audits.length} [${audits.join(', ')}] (target 1: ${verdict(issueRow.status === 'PUBLISHED' && audits.length === 1)}); ` +
      `after its time seen through nginx ${show(seenScheduled[0])}, on A ${show(seenScheduled[1])}, B ${show(seenScheduled[2])}, C ${show(seenScheduled[3])}`,
  );

  // 4. A photo uploaded through A.
  const jpeg = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40, g: 90, b: 140 } } })
    .composite([{ input: Buffer.from('<svg width="1600" height="1000"><circle cx="800" cy="500" r="300" fill="#c33"/></svg>'), top: 0, left: 0 }])
    .jpeg()
    .toBuffer();
  // The editor's browser (signed in through B; the session is the database's, good on A too).
  const upload = await editor.request.post(`${A}/api/media`, { headers: { Origin: A }, multipart: { file: { name: 'cluster.jpg', mimeType: 'image/jpeg', buffer: jpeg } } });
  const uploaded = (await upload.json()) as { media?: { id: string } };
  const photoRows: string[] = [];
  let photoOk = upload.status() === 201 && !!uploaded.media;
  if (uploaded.media) {
    const file = `/media/${uploaded.media.id}/480.webp`;
    const digest = async (base: string) => {
      const response = await editor.request.get(base + file);
      const body = await response.body();
      return { status: response.status(), sha: createHash('sha256').update(body).digest('hex').slice(0, 12) };
    };
    const results = await Promise.all([A, B, C, FRONT].map(digest));
    photoOk &&= results.every((r) => r.status === 200 && r.sha === results[0].sha);
    photoRows.push(...results.map((r, i) => `${['A', 'B', 'C', 'nginx'][i]} ${r.status} ${r.sha}`));
  }
  report.push(`Photo uploaded through A (${upload.status()}), ${'480.webp'} fetched: ${photoRows.join('; ')} (same bytes everywhere: ${verdict(photoOk)})`);

  // 5. A signed page's PDF: rendered once by whichever server takes the job, then kept.
  const pdfPath = `/newsroom/issues/${first.issueId}/pdf?page=1`;
  const timedPdf = async (base: string) => {
    const started = Date.now();
    const response = await chief.request.get(base + pdfPath, { timeout: 180_000 });
    const body = await response.body();
    return { status: response.status(), seconds: (Date.now() - started) / 1000, pdf: body.subarray(0, 5).toString() === '%PDF-', bytes: body.length };
  };
  const firstPdf = await timedPdf(B);
  const keptPdf = await timedPdf(C);
  report.push(
    `PDF of a signed page: first request through B ${firstPdf.status} in ${firstPdf.seconds.toFixed(2)} s (${firstPdf.bytes} bytes), ` +
      `the same page again through C ${keptPdf.status} in ${keptPdf.seconds.toFixed(2)} s (kept result: ${verdict(keptPdf.pdf && keptPdf.bytes === firstPdf.bytes && keptPdf.seconds < 1)})`,
  );
  await chief.close();
  await editor.close();

  // 6. kill -9 of C under load through nginx, then C comes back.
  // Reader pages (nginx fetches each from a server about once a second) and the
  // sign-in page (never cached: every request reaches a server).
  const issue = first.number;
  const mixPaths = ['/wanghe', `/wanghe/${issue}`, `/wanghe/${issue}/1`, story, '/login'];
  const mix = writeRotatingScript(work, 'cluster-mix', mixPaths);
  const killAfter = Math.max(2, Math.round(seconds * 0.3));
  const restartAfter = Math.max(killAfter + 2, Math.round(seconds * 0.6));
  const killConnections = Math.min(connections, 16);
  const logged = frontLogLines();
  const load = runWrkAsync({ url: FRONT, connections: killConnections, seconds: seconds + 10, script: mix });
  await sleep(killAfter * 1000);
  killed.add(appPorts[2]);
  process.kill(servers[2].pid!, 'SIGKILL');
  log(`kill -9 server C (pid ${servers[2].pid})`);
  await sleep((restartAfter - killAfter) * 1000);
  servers[2] = startServer(appPorts[2]);
  const restarted = Date.now();
  const upAfter = await waitUntilUp(C);
  killed.delete(appPorts[2]);
  const underKill = await load;
  const answers = frontLogLines().slice(logged.length);
  const byStatus = new Map<string, number>();
  const fields = answers.map((line) => line.split('|'));
  for (const [status] of fields) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  // Several upstream addresses: the first server failed and nginx asked the next one.
  const retried = fields.filter(([, upstreams]) => upstreams?.includes(',')).length;
  const servedByC = fields.filter(([, upstreams, , msec]) => upstreams?.split(', ').at(-1)?.endsWith(`:${appPorts[2]}`) && Number(msec) * 1000 > restarted).length;
  report.push(
    `kill -9 of C under load through nginx (${killConnections} connections, ${seconds + 10} s, killed at ${killAfter} s, restarted at ${restartAfter} s): ` +
      `${underKill.rps.toFixed(0)} req/s, p95 ${underKill.p95.toFixed(1)} ms, failed requests ${underKill.failed} (target 0: ${verdict(underKill.failed === 0)}); ` +
      `nginx answers by status ${[...byStatus].map(([code, n]) => `${code}×${n}`).join(', ')}, ${retried} retried on another server; ` +
      `C answered again ${(upAfter / 1000).toFixed(1)} s after its restart and served ${servedByC} requests after it`,
  );

  // 7. Throughput through nginx with 1, 2 and 3 servers.
  const readerPaths = ['/wanghe', `/wanghe/${issue}`, `/wanghe/${issue}/1`, story];
  const readerMix = writeRotatingScript(work, 'reader-mix', readerPaths);
  const rows: { servers: number; cached: LoadResult; uncached: LoadResult }[] = [];
  for (let count = 1; count <= 3; count++) {
    const cachedUrl = `http://127.0.0.1:${nginxPorts.cached[count - 1]}`;
    const uncachedUrl = `http://127.0.0.1:${nginxPorts.uncached[count - 1]}`;
    for (const p of readerPaths) await fetch(cachedUrl + p);
    const cached = runWrk({ url: cachedUrl, connections, seconds, script: readerMix });
    const uncached = runWrk({ url: uncachedUrl, connections, seconds, script: readerMix });
    rows.push({ servers: count, cached, uncached });
    log(`${count} server(s): cached ${cached.rps.toFixed(0)} req/s, uncached ${uncached.rps.toFixed(0)} req/s`);
  }

  console.log(`\nCluster on one machine (${appPorts.length} app servers, nginx, PostgreSQL 15, Redis, s3rver); wrk ${connections} connections, 2 threads\n`);
  for (const line of report) console.log(`- ${line}`);
  console.log('\nReader pages through nginx (front page, issue, page, story in turn):\n');
  console.log('servers  nginx cache → app req/s  p95 ms  failed   no cache (app renders) req/s  p95 ms  failed');
  for (const row of rows) {
    console.log(
      `${String(row.servers).padStart(7)}  ${row.cached.rps.toFixed(0).padStart(23)}  ${row.cached.p95.toFixed(1).padStart(6)}  ${String(row.cached.failed).padStart(6)}   ${row.uncached.rps.toFixed(0).padStart(28)}  ${row.uncached.p95.toFixed(1).padStart(6)}  ${String(row.uncached.failed).padStart(6)}`,
    );
  }
  console.log('\n(On two cores, more servers cannot add capacity: they share the same two cores with PostgreSQL, Redis, nginx and wrk.)');
} finally {
  await stopAll();
}
process.exit(0);
