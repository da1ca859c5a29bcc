// npm run bench:load -- [--seconds 20] [--connections 200] [--url http://127.0.0.1:3000 --database-url postgresql://…]
//
// Mixed load on the default install: without --url it starts the demo itself (an
// embedded PostgreSQL with fresh demo data, then `next start` on PORT, default
// 3230; SKIP_BUILD=1 reuses the last build). It signs in as several demo staff and
// keeps `connections` requests in flight for `seconds`: reader searches, reader
// pages and stories, story saves through the editor's own server action, and
// moves on today's issue board through the board's action (on its own demo it
// first places more stories on today's issue, so that several editors can move). It prints counts by
// status, throughput and p50/p95/p99 per kind, and every error: a 500, a failed
// request, a 503 without Retry-After or with a cacheable Cache-Control, or a false
// refusal (a signed-in user told 请先登录 / 您没有权限 / 找不到 about their own work).
// A clearly shed request (503, Retry-After, no-store; or the actions' 系统繁忙)
// is allowed but reported; the client then waits Retry-After, as a browser user would.
import path from 'node:path';
import { parseArgs } from 'node:util';
import zhCN from '@/messages/zh-CN.json';
import { DEMO_STAFF } from '@/prisma/seed/staff';
import { createPrismaClient } from '@/lib/prisma-client';
import { prepareEmbeddedDatabase } from '../prepare-database';
import { buildApp, startApp } from '../run-app';
import { actionResult, callAction, serverActionIds, signIn, timedFetch, type Reply } from './load/client';
import { printReport, type Outcome, type Sample } from './load/report';
import { loadTargets, type BoardLane } from './load/targets';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'database-url': { type: 'string' },
    'next-dir': { type: 'string', default: path.resolve(import.meta.dirname, '../../.next') },
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const PASSWORD = 'masthead-demo';
const errors = zhCN.errors;
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The demo, unless a running install was named.
let base = values.url?.replace(/\/$/, '');
let databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
let stopDemo = async () => {};
if (!base) {
  const port = Number(process.env.PORT ?? 3230);
  const postgres = await prepareEmbeddedDatabase({ dataDir: 'temporary', port: Number(process.env.DB_PORT ?? 0) });
  if (!process.env.SKIP_BUILD) buildApp();
  let exited: () => void = () => {};
  const exit = new Promise<void>((resolve) => (exited = resolve));
  const app = startApp({ port, siteUrl: `http://127.0.0.1:${port}`, databaseUrl: postgres.url, onExit: async () => { await postgres.stop(); exited(); } });
  base = `http://127.0.0.1:${port}`;
  databaseUrl = postgres.url;
  stopDemo = async () => { app.kill('SIGTERM'); await exit; };
  // Whatever happens below, the app and its database do not outlive this script.
  process.on('uncaughtException', (error) => { console.error(error); app.kill('SIGTERM'); void exit.then(() => process.exit(1)); });
  process.on('unhandledRejection', (error) => { console.error(error); app.kill('SIGTERM'); void exit.then(() => process.exit(1)); });
  await waitUntilUp(base);
}
const site: string = base;
if (!databaseUrl) throw new Error('With --url, pass --database-url (or DATABASE_URL) to find the drafts, pages and board to load.');

const targets = await loadTargets(databaseUrl, { extraLanes: values.url ? 0 : Math.round(connections * 0.1) });
const boardDb = createPrismaClient(databaseUrl, { max: 2 });
const actions = serverActionIds(values['next-dir']!);
const saveAction = actions.get('saveArticleDraftAction');
const moveAction = actions.get('moveStoryAction');
if (!saveAction || !moveAction) throw new Error(`No server action ids in ${values['next-dir']}: build the app first.`);
const account = (key: string) => DEMO_STAFF.find((s) => s.key === key)!.email;
const writers = await Promise.all(['reporter', 'reporter2', 'editor'].map((key) => signIn(site, account(key), PASSWORD)));
const planners = await Promise.all(['pageEditor', 'pageEditor2'].map((key) => signIn(site, account(key), PASSWORD)));

// Reader pages rendered once before the clock starts, as on a site that has been up a while.
for (const target of targets.readerPaths) await fetch(base + target).then((r) => r.arrayBuffer());

const samples: Sample[] = [];
const deadline = performance.now() + seconds * 1000;

/** What a reply means; a 503 counts as shed only when it says so properly. */
function judgeHttp(reply: Reply): Outcome | null {
  if (reply.status === 503) {
    const proper = reply.headers.get('retry-after') && /no-store/.test(reply.headers.get('cache-control') ?? '') && reply.body.includes(zhCN.busy.title);
    return proper ? 'shed' : 'error';
  }
  if (reply.status >= 500) return 'error';
  return null;
}

/** A message an action answered with, for a signed-in user acting on their own work. */
function judgeMessage(message: string): Outcome {
  if (message === errors.unavailable) return 'shed';
  if ([errors.unauthenticated, errors.forbidden, errors.notFound].includes(message)) return 'false refusal';
  return 'refused';
}

async function record(kind: string, request: () => Promise<Reply>, judge: (reply: Reply) => Outcome) {
  let reply: Reply;
  const started = performance.now();
  try {
    reply = await request();
  } catch (error) {
    samples.push({ kind, status: 'failed', outcome: 'error', ms: performance.now() - started, detail: String(error) });
    return null;
  }
  const outcome = judgeHttp(reply) ?? judge(reply);
  samples.push({ kind, status: String(reply.status), outcome, ms: reply.ms, detail: outcome === 'ok' ? undefined : detailOf(reply) });
  if (outcome === 'shed') await sleep(Number(reply.headers.get('retry-after') ?? 1) * 1000);
  return reply;
}

const detailOf = (reply: Reply) => (actionResult(reply.body)?.message as string | undefined) ?? `HTTP ${reply.status} ${reply.body.slice(0, 80).replace(/\s+/g, ' ')}`;

async function searching() {
  while (performance.now() < deadline) {
    await record('search', () => timedFetch(`${base}/${targets.slug}/search?q=${encodeURIComponent(pick(targets.words))}`), (r) => (r.status === 200 ? 'ok' : 'error'));
  }
}

async function reading() {
  while (performance.now() < deadline) {
    await record('reader page', () => timedFetch(base + pick(targets.readerPaths)), (r) => (r.status === 200 ? 'ok' : 'error'));
  }
}

const paragraph = (n: number) => `第${n}次保存：街道今天开展垃圾分类宣传，志愿者在小区门口向居民讲解分类方法。`.repeat(8);
function storyForm(fields: { id?: string; version?: number; n: number }) {
  const form = new FormData();
  if (fields.id) form.set('id', fields.id);
  if (fields.version) form.set('version', String(fields.version));
  for (const [key, value] of Object.entries({ columnLabel: '', kicker: '', headline: `压力测试稿件 ${fields.n}`, subheadline: '', namesLine: '', dateline: '', bylines: '', source: '', credits: '' })) form.set(key, value);
  form.set('body', JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph(fields.n) }] }] }));
  return form;
}

/** One writer's autosaves on a story of their own, created by the first save as in the editor. */
async function saving(cookie: string) {
  let story: { id: string; version: number } | null = null;
  for (let n = 1; performance.now() < deadline; n++) {
    const form = storyForm({ ...story, n });
    const pagePath = story ? `/newsroom/articles/${story.id}` : '/newsroom/articles/new';
    const reply = await record('story save', () => callAction({ base: site, pagePath, actionId: saveAction!, cookie, args: [form] }), (r) => {
      const result = actionResult(r.body);
      if (r.status !== 200 || !result) return 'false refusal';
      if (result.status === 'saved') return 'ok';
      if (result.status === 'conflict') return 'false refusal'; // nobody else writes this story
      return judgeMessage(String(result.message));
    });
    const result = reply?.status === 200 ? actionResult(reply.body) : null;
    if (result?.status === 'saved') story = { id: String(result.id), version: Number(result.version) };
  }
}

/**
 * One page editor moving one story back and forth between two slots of today's
 * issue. The story in the other slot (after a swap it is a new placement) is read
 * as the board would show it.
 */
async function moving(cookie: string, lane: BoardLane) {
  let at = 0;
  while (performance.now() < deadline) {
    const target = await boardDb.placement.findUnique({ where: { slotId: lane.slots[1 - at] }, select: { id: true } });
    const form = new FormData();
    form.set('placementId', lane.placementId);
    form.set('fromSlotId', lane.slots[at]);
    form.set('toSlotId', lane.slots[1 - at]);
    form.set('toPlacementId', target?.id ?? '');
    const reply = await record('board move', () => callAction({ base: site, pagePath: `/newsroom/issues/${lane.issueId}`, actionId: moveAction!, cookie, args: [{ status: 'idle' }, form] }), (r) => {
      const result = actionResult(r.body);
      if (r.status !== 200 || !result) return 'false refusal';
      if (result.status === 'success') return 'ok';
      if (result.message === errors.layoutChangedElsewhere) return 'false refusal'; // nobody else moves this story
      return judgeMessage(String(result.message));
    });
    if (reply?.status === 200 && actionResult(reply.body)?.status === 'success') at = 1 - at;
  }
}

// The mix: a tenth board moves (one lane per mover), a fifth saves, the rest reading and searching.
const movers = Math.min(Math.round(connections * 0.1), targets.lanes.length);
const savers = Math.round(connections * 0.2);
const searchers = Math.round((connections - movers - savers) / 2);
const readers = connections - movers - savers - searchers;
console.error(`${connections} in flight for ${seconds} s against ${base}: ${searchers} searching, ${readers} reading, ${savers} saving (${writers.length} writers), ${movers} moving on the board (${planners.length} page editors)`);
const started = performance.now();
await Promise.all([
  ...Array.from({ length: searchers }, searching),
  ...Array.from({ length: readers }, reading),
  ...Array.from({ length: savers }, (_, i) => saving(writers[i % writers.length])),
  ...Array.from({ length: movers }, (_, i) => moving(planners[i % planners.length], targets.lanes[i])),
]);
const elapsed = (performance.now() - started) / 1000;
// After the load: the site must answer at once again.
const after = await timedFetch(`${base}/${targets.slug}/search?q=${encodeURIComponent(targets.words[0])}`);
printReport({ samples, elapsed, connections, base, recovery: after });
await boardDb.$disconnect();
await stopDemo();
process.exit(samples.some((s) => s.outcome === 'error' || s.outcome === 'false refusal') ? 1 : 0);

async function waitUntilUp(url: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/v1/publications`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${url} did not come up`);
}
