// Several browsers writing one story together. A reporter writes a long story
// and files it (交稿); then `browsers` contexts, each its own session of the
// editor (林晓雯), open it, and the first `typists` of them type at once, each
// in a paragraph of its own in the middle of the story. Every other browser
// times each of those letters from the keystroke (in the typist's page) to the
// frame that paints it (in its own page), on the machine's shared clock.
import os from 'node:os';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { arrivalCounts, clockOffset, installArrivalProbe, installKeystrokeProbe, installSendProbe, readProbe, type ProbeRecord } from './probes';
import { placeCaretAtEndOfParagraph, signedInContext, sleep, summary, typedCharacter, writeNewStory, type Summary } from './browser';

export type CollabCase = { browsers: number; typists: number };
export type CollabPace = { keys: number; intervalMs: number };

export type CollabResult = CollabCase & {
  keysPerTypist: number;
  /** Keystroke to paint in the typist's own browser. */
  local: Summary | null;
  /** Keystroke in a typist's browser to the letter painted in another's. */
  remote: Summary | null;
  /** Where that time goes: keystroke to the typist's next WebSocket send, that send to the other page's DOM changing, and the DOM to the painted frame. */
  parts: { toSend: Summary | null; sendToDom: Summary | null; domToPaint: Summary | null };
  expected: number;
  received: number;
  /** How far apart the pages' clocks are (each one's offset from Date.now()). */
  clockSpreadMs: number;
  loadAverage: number;
};

/** A reporter writes a story of `chars` characters and files it, so the editor may edit it; returns its id. */
export async function prepareFiledStory(browser: Browser, base: string, chars: number): Promise<string> {
  const { context, page } = await signedInContext(browser, base, 'reporter');
  try {
    const id = await writeNewStory(page, base, { chars, headline: `协同编辑性能测试 ${chars} 字 ${Date.now() % 100000}` });
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '交稿' }).click();
    await page.getByText('已交稿，稿件已送到编辑部。').waitFor();
    return id;
  } finally {
    await context.close();
  }
}

/** `count` sessions of the editor with the story open, each once its body may be typed in (the shared document has arrived). */
async function openEditors(browser: Browser, base: string, articleId: string, count: number): Promise<{ context: BrowserContext; page: Page }[]> {
  const people: { context: BrowserContext; page: Page }[] = [];
  // One after the other: ten pages loading a long story at once on two cores only measures the queue.
  for (let i = 0; i < count; i++) {
    const person = await signedInContext(browser, base, 'editor');
    people.push(person);
    await installSendProbe(person.context);
    await person.page.goto(`${base}/newsroom/articles/${articleId}`);
    await person.page.locator('.tiptap[contenteditable=true]').waitFor({ timeout: 120_000 });
  }
  return people;
}

/** The tag that begins typist k's paragraph in this case (unique per case, so later cases ignore earlier paragraphs). */
const tagOf = (c: CollabCase, typist: number) => `〔${c.browsers}-${typist}〕`;

/** Each typist opens a paragraph of its own near the middle and writes its tag there; returns once every page shows every tag. */
async function openTypistParagraphs(typists: Page[], everyone: Page[], tags: string[]) {
  for (const [k, page] of typists.entries()) {
    const paragraphs = await page.locator('.tiptap > *').count();
    await placeCaretAtEndOfParagraph(page, Math.floor(paragraphs / 2) + 2 * k);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(tags[k]);
  }
  await Promise.all(
    everyone.map((page) =>
      page.waitForFunction((wanted) => wanted.every((tag) => [...document.querySelector('.tiptap')!.children].some((c) => c.textContent?.startsWith(tag))), tags, { timeout: 60_000 }),
    ),
  );
}

/** Types `keys` letters, one every `intervalMs` from `startAt` (Date.now()), as a steady typist does. */
async function typeSteadily(page: Page, { keys, intervalMs }: CollabPace, startAt: number) {
  for (let i = 0; i < keys; i++) {
    await sleep(startAt + i * intervalMs - Date.now());
    await page.keyboard.insertText(typedCharacter(i));
  }
}

/** Waits (up to `timeoutMs`) until every page has painted `keys` letters of every tag it watches. */
async function waitForArrivals(pages: Page[], keys: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (const page of pages) {
    while (Date.now() < deadline) {
      const counts = Object.values(await arrivalCounts(page));
      if (counts.every((count) => count >= keys)) break;
      await sleep(100);
    }
  }
}

/** The first of `sorted` at or after `t`. */
const firstFrom = (sorted: number[], t: number) => sorted.find((value) => value >= t);

/**
 * Keystroke-to-remote-paint samples, typist k's keystroke i against letter i of
 * its tag in every other page, and the parts of each: to the typist's next
 * WebSocket send (its document update), from there to the other page's DOM, and
 * from the DOM to the painted frame.
 */
function remoteLatencies(records: ProbeRecord[], tags: string[]) {
  const remote: number[] = [];
  const toSend: number[] = [];
  const sendToDom: number[] = [];
  const domToPaint: number[] = [];
  for (const [k, tag] of tags.entries()) {
    const keystrokes = records[k].keys;
    const sends = [...records[k].sends].sort((a, b) => a - b);
    for (const [j, record] of records.entries()) {
      if (j === k) continue;
      for (const [i, paintedAt] of (record.arrivals[tag] ?? []).entries()) {
        const keyAt = keystrokes[i];
        const changedAt = record.changed[tag]?.[i];
        if (paintedAt == null || keyAt == null || changedAt == null) continue;
        const sentAt = firstFrom(sends, keyAt);
        remote.push(paintedAt - keyAt);
        domToPaint.push(paintedAt - changedAt);
        if (sentAt !== undefined && sentAt <= changedAt) {
          toSend.push(sentAt - keyAt);
          sendToDom.push(changedAt - sentAt);
        }
      }
    }
  }
  return { remote, toSend, sendToDom, domToPaint };
}

export async function measureCollab(browser: Browser, base: string, articleId: string, c: CollabCase, pace: CollabPace): Promise<CollabResult> {
  const people = await openEditors(browser, base, articleId, c.browsers);
  try {
    const pages = people.map((person) => person.page);
    const typists = pages.slice(0, c.typists);
    const tags = typists.map((_, k) => tagOf(c, k));
    await openTypistParagraphs(typists, pages, tags);
    for (const [j, page] of pages.entries()) {
      if (j < typists.length) await installKeystrokeProbe(page);
      await installArrivalProbe(page, tags.filter((_, k) => k !== j));
    }
    const offsets = await Promise.all(pages.map(clockOffset));

    // The typists start a fraction of an interval apart, so their letters interleave rather than land together.
    const startAt = Date.now() + 500;
    await Promise.all(typists.map((page, k) => typeSteadily(page, pace, startAt + (k * pace.intervalMs) / typists.length)));
    await waitForArrivals(pages, pace.keys, 30_000);
    const loadAverage = os.loadavg()[0];

    const records = await Promise.all(pages.map(readProbe));
    const { remote, toSend, sendToDom, domToPaint } = remoteLatencies(records, tags);
    return {
      ...c,
      keysPerTypist: pace.keys,
      local: summary(records.slice(0, typists.length).flatMap((record) => record.paints)),
      remote: summary(remote),
      parts: { toSend: summary(toSend), sendToDom: summary(sendToDom), domToPaint: summary(domToPaint) },
      expected: typists.length * (pages.length - 1) * pace.keys,
      received: remote.length,
      clockSpreadMs: Math.max(...offsets) - Math.min(...offsets),
      loadAverage,
    };
  } finally {
    for (const person of people) await person.context.close();
  }
}
