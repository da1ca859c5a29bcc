// What the editor benchmarks share: Debian's Chromium, signing in as a demo
// account, a long story's text, a new story written through the editor, and
// the figures (percentiles, milliseconds).
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Each context stands for a person at their own screen: none of them is a background tab.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/**
 * A fresh browser context (its own cookies, so its own session) signed in as a
 * demo account. Functions passed to page.evaluate are compiled by tsx with
 * esbuild's keepNames, which wraps named inner functions in `__name(...)`: the
 * init script gives the page that helper.
 */
export async function signedInContext(browser: Browser, base: string, key: DemoStaffKey): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const account = DEMO_STAFF.find((s) => s.key === key)!;
  await page.goto(`${base}/login`);
  await page.getByLabel('邮箱').fill(account.email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  return { context, page };
}

// Fresh sentences, cycled: realistic CJK text with full-width punctuation.
export const SENTENCES = ['街道组织志愿者走进社区，', '为老人讲解防范电信诈骗的办法。', '新建的口袋公园本周向居民开放，', '园内设置了健身步道和休息座椅。', '区图书馆延长夜间开放时间，', '周末还将举办亲子阅读活动。'];

/** Paragraphs of about 190 characters adding up to `totalChars`. */
export function storyParagraphs(totalChars: number): string[] {
  const result: string[] = [];
  let count = 0;
  let i = 0;
  while (count < totalChars) {
    let paragraph = '';
    while ([...paragraph].length < 190 && count + [...paragraph].length < totalChars) paragraph += SENTENCES[i++ % SENTENCES.length];
    result.push(paragraph);
    count += [...paragraph].length;
  }
  return result;
}

/** The i-th character typed in a run: the sentences' letters in turn, so the text reads like text. */
const LETTERS = [...SENTENCES.join('')];
export const typedCharacter = (i: number) => LETTERS[i % LETTERS.length];

export const waitForSaveState = (page: Page, state: string, timeout = 120_000) =>
  page.waitForFunction((wanted) => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === wanted, state, { timeout });

/**
 * Writes a new story at /newsroom/articles/new as a reporter would paste it:
 * the body paragraph by paragraph, then the 主题, so that the first autosave
 * (which waits for a 主题) creates the story with all of it. Returns its id.
 * `navigate: false` when the page is on the new-story form already.
 */
export async function writeNewStory(page: Page, base: string, { chars, headline, navigate = true }: { chars: number; headline: string; navigate?: boolean }): Promise<string> {
  if (navigate) await page.goto(`${base}/newsroom/articles/new`);
  await page.getByRole('textbox', { name: '正文' }).click();
  for (const paragraph of storyParagraphs(chars)) {
    await page.keyboard.insertText(paragraph);
    await page.keyboard.press('Enter');
  }
  await page.getByLabel('主题').fill(headline);
  await waitForSaveState(page, 'saved');
  const id = new URL(page.url()).pathname.split('/').at(-1);
  if (!id || id === 'new') throw new Error(`The story was saved but the address is still ${page.url()}`);
  return id;
}

/**
 * Puts the caret at the end of the body's paragraph `index` (negative: from the
 * end, as Array.at), focusing the body first, and returns once the editor has
 * taken the new selection (ProseMirror reads it on selectionchange).
 */
export async function placeCaretAtEndOfParagraph(page: Page, index: number) {
  await page.evaluate(async (at) => {
    const editor = document.querySelector<HTMLElement>('.tiptap')!;
    editor.focus();
    const paragraph = [...editor.children].at(at)!;
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }, index);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Polls `condition` until it holds, or throws after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export type Summary = { p50: number; p95: number; max: number; count: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50, p95 and max of `samples`; null when there are none. */
export function summary(samples: number[]): Summary | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)!, count: sorted.length };
}

export const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`);

/** "p50 / p95 / max" of a summary. */
export const triple = (s: Summary | null) => (s ? `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}` : 'n/a');
