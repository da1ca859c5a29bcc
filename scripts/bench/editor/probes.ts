// Measuring inside the page. Times that leave a page are on a clock every page
// of the machine shares: performance.timeOrigin + a performance.now() reading
// (milliseconds since the epoch, sub-millisecond). Each page's origin is taken
// from the same system clock, so a keystroke in one page and its arrival in
// another can be subtracted; clockOffset() checks that against Date.now().
import type { BrowserContext, Page } from '@playwright/test';

/**
 * What a page recorded: its keystrokes (epoch ms) and their local keystroke-to-paint
 * (ms); for each tag, when others' letters changed the DOM here and when they were
 * painted (epoch ms, letter i at index i); and when it sent on a WebSocket (epoch ms).
 */
export type ProbeRecord = { keys: number[]; paints: number[]; changed: Record<string, number[]>; arrivals: Record<string, number[]>; sends: number[] };

type ProbeWindow = Window & { __bench?: Omit<ProbeRecord, 'sends'>; __benchSends?: number[] };

const EMPTY: Omit<ProbeRecord, 'sends'> = { keys: [], paints: [], changed: {}, arrivals: {} };

/** Records when the context's pages send on a WebSocket (the collaboration provider's messages); before they load. */
export async function installSendProbe(context: BrowserContext) {
  await context.addInitScript({
    content: `(() => {
      const sends = (globalThis.__benchSends = []);
      const send = WebSocket.prototype.send;
      WebSocket.prototype.send = function (data) {
        sends.push(performance.timeOrigin + performance.now());
        return send.call(this, data);
      };
    })();`,
  });
}

/**
 * Keystroke to paint here: each letter typed (a beforeinput of the body; CJK
 * text arrives as input, not keydown) is timed from the event to the first
 * frame after the edit (the task after the next animation frame).
 */
export async function installKeystrokeProbe(page: Page) {
  await page.evaluate((empty) => {
    const w = window as ProbeWindow;
    const record = (w.__bench ??= empty);
    const editor = document.querySelector('.tiptap')!;
    editor.addEventListener(
      'beforeinput',
      (event) => {
        if ((event as InputEvent).inputType !== 'insertText') return;
        const start = event.timeStamp;
        record.keys.push(performance.timeOrigin + start);
        requestAnimationFrame(() => setTimeout(() => record.paints.push(performance.now() - start), 0));
      },
      true,
    );
  }, EMPTY);
}

/**
 * Others' letters painted here: for each tag, the paragraph that begins with it
 * is where one typist types. A MutationObserver counts its letters (leaving out
 * the carets drawn in it, whose name labels are text too); each new letter's
 * arrival is the first frame after the DOM changed, as for local keystrokes.
 * Letter i of a tag is the typist's keystroke i: one typist's updates arrive in order.
 */
export async function installArrivalProbe(page: Page, tags: string[]) {
  if (tags.length === 0) return;
  await page.evaluate(({ watched, empty }) => {
    const w = window as ProbeWindow;
    const record = (w.__bench ??= empty);
    const editor = document.querySelector('.tiptap')!;
    const paragraphs = new Map<string, Element>();
    const paragraphOf = (tag: string) => {
      const cached = paragraphs.get(tag);
      if (cached?.isConnected && cached.textContent?.startsWith(tag)) return cached;
      const found = [...editor.children].find((child) => child.textContent?.startsWith(tag));
      if (found) paragraphs.set(tag, found);
      return found;
    };
    const lettersAfterTag = (tag: string) => {
      const paragraph = paragraphOf(tag);
      if (!paragraph) return 0;
      let text = '';
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('[data-testid=collaborator-caret]')) text += node.nodeValue;
      }
      return [...text].length - [...tag].length;
    };
    // Letters already there when the run starts are not the typist's: count from them.
    const before = new Map(watched.map((tag) => [tag, lettersAfterTag(tag)]));
    const seen = new Map(watched.map((tag) => [tag, 0]));
    for (const tag of watched) {
      record.changed[tag] = [];
      record.arrivals[tag] = [];
    }
    new MutationObserver(() => {
      const arrived: { tag: string; from: number; to: number }[] = [];
      for (const tag of watched) {
        const count = lettersAfterTag(tag) - before.get(tag)!;
        if (count > seen.get(tag)!) arrived.push({ tag, from: seen.get(tag)!, to: count });
        seen.set(tag, Math.max(count, seen.get(tag)!));
      }
      if (arrived.length === 0) return;
      const changedAt = performance.timeOrigin + performance.now();
      for (const { tag, from, to } of arrived) for (let i = from; i < to; i++) record.changed[tag][i] = changedAt;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const paintedAt = performance.timeOrigin + performance.now();
          for (const { tag, from, to } of arrived) for (let i = from; i < to; i++) record.arrivals[tag][i] = paintedAt;
        }, 0),
      );
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }, { watched: tags, empty: EMPTY });
}

export async function readProbe(page: Page): Promise<ProbeRecord> {
  return page.evaluate((empty) => {
    const w = window as ProbeWindow;
    return { ...(w.__bench ?? empty), sends: w.__benchSends ?? [] };
  }, EMPTY);
}

/** How many letters of each tag have been painted here. */
export async function arrivalCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const arrivals = (window as ProbeWindow).__bench?.arrivals ?? {};
    return Object.fromEntries(Object.entries(arrivals).map(([tag, times]) => [tag, times.filter((t) => t !== undefined && t !== null).length]));
  });
}

/**
 * This page's shared clock minus Date.now(), read just as Date.now() ticks over
 * (so Date.now()'s whole-millisecond steps do not blur it). Pages whose offsets
 * agree subtract each other's times without skew.
 */
export async function clockOffset(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = Date.now();
    let now = start;
    while (now === start) now = Date.now();
    return performance.timeOrigin + performance.now() - now;
  });
}
