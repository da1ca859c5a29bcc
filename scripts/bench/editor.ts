// npm run bench:editor -- [--url http://localhost:3000] [--parts new,collab]
//   new story:   [--chars 50000] [--keys 60]
//   together:    [--collab-browsers 2,10] [--collab-typists 3] [--collab-chars 20000]
//                [--collab-keys 40] [--collab-interval 120]
// How the editor feels, measured in Debian's Chromium on a running Masthead
// (`npm run demo`; give --url the demo's SITE_URL host, since the session cookie
// is per host).
// - new: a reporter's new story of --chars characters (and a 500-character one
//   to compare), created at its first autosave, then --keys keystrokes typed into
//   its middle: keystroke-to-paint, the creating save, and typing stopped to the
//   collaboration server's store.
// - collab: a filed --collab-chars story opened by each number of browsers in
//   --collab-browsers (the editor's sessions), of which --collab-typists type at
//   once (--collab-keys letters each, one every --collab-interval ms): keystroke
//   to paint in the typist's browser, and to the letter painted in every other.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium, ms, signedInContext, triple, type Summary } from './editor/browser';
import { measureNewStory, type NewStoryResult } from './editor/new-story';
import { measureCollab, prepareFiledStory, type CollabResult } from './editor/collab';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    parts: { type: 'string', default: 'new,collab' },
    chars: { type: 'string', default: '50000' },
    keys: { type: 'string', default: '60' },
    'collab-browsers': { type: 'string', default: '2,10' },
    'collab-typists': { type: 'string', default: '3' },
    'collab-chars': { type: 'string', default: '20000' },
    'collab-keys': { type: 'string', default: '40' },
    'collab-interval': { type: 'string', default: '120' },
  },
});
const base = values.url!.replace(/\/$/, '');
const parts = new Set(values.parts!.split(',').map((part) => part.trim()));
const positive = (name: string, text: string) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number, not "${text}"`);
  return value;
};
const keys = positive('keys', values.keys!);
const collab = {
  browsers: values['collab-browsers']!.split(',').filter(Boolean).map((n) => positive('collab-browsers', n)),
  typists: positive('collab-typists', values['collab-typists']!),
  chars: positive('collab-chars', values['collab-chars']!),
  keys: positive('collab-keys', values['collab-keys']!),
  intervalMs: positive('collab-interval', values['collab-interval']!),
};
if (collab.browsers.some((n) => n < 2)) throw new Error('--collab-browsers: writing together needs at least 2 browsers');

function printNewStories(results: NewStoryResult[]) {
  console.log(`\nA new story, one person: ${keys} keystrokes into its middle, in 3 bursts`);
  console.log('| story | 字数 shown | keystroke→paint p50 / p95 / max | first save (creates the story) | typing stopped → stored p50 / max |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.chars.toLocaleString('en')} chars | ${r.counted} | ${triple(r.paint)} | ${ms(r.createRequest)} | ${ms(r.typingStoppedToStored?.p50)} / ${ms(r.typingStoppedToStored?.max)} |`,
    );
  }
  console.log('(“Typing stopped → stored” is to the collaboration server\'s "stored" message; it waits for a 2 s pause in typing.)');
}

function printCollab(results: CollabResult[]) {
  console.log(
    `\nWriting together: a ${collab.chars.toLocaleString('en')}-character story, ${collab.keys} letters per typist, one every ${collab.intervalMs} ms (targets: p95 < 16 ms here, < 150 ms in another browser)`,
  );
  console.log('| browsers | typing at once | keystroke→paint here p50 / p95 / max | keystroke→paint in another browser p50 / p95 / max | letters painted / expected | load (1 min) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.browsers} | ${r.typists} | ${triple(r.local)} | ${triple(r.remote)} | ${r.received} / ${r.expected} | ${r.loadAverage.toFixed(1)} |`);
  }
  console.log('\nWhere the time to another browser goes, p50 / p95');
  console.log('| browsers | keystroke → typist sends it | sent → in the other page\'s DOM | DOM → painted |');
  console.log('|---|---|---|---|');
  const pair = (s: Summary | null) => (s ? `${ms(s.p50)} / ${ms(s.p95)}` : 'n/a');
  for (const r of results) console.log(`| ${r.browsers} | ${pair(r.parts.toSend)} | ${pair(r.parts.sendToDom)} | ${pair(r.parts.domToPaint)} |`);
  const spread = Math.max(...results.map((r) => r.clockSpreadMs));
  console.log(`(Times compared across pages on performance.timeOrigin + performance.now(); the pages' clocks agreed with Date.now() within ${spread.toFixed(2)} ms.)`);
}

console.log(`Editor benchmark on ${base}; load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
const browser = await launchChromium();
try {
  if (parts.has('new')) {
    const { context, page } = await signedInContext(browser, base, 'reporter');
    const results = [await measureNewStory(page, base, { chars: 500, keys }), await measureNewStory(page, base, { chars: Number(values.chars), keys })];
    await context.close();
    printNewStories(results);
  }
  if (parts.has('collab') && collab.browsers.length > 0) {
    const articleId = await prepareFiledStory(browser, base, collab.chars);
    const results: CollabResult[] = [];
    for (const browsers of collab.browsers) {
      results.push(await measureCollab(browser, base, articleId, { browsers, typists: Math.min(collab.typists, browsers) }, collab));
    }
    printCollab(results);
  }
} finally {
  await browser.close();
}
