// npm run bench:editor -- [--url http://127.0.0.1:3000] [--chars 50000] [--keys 60]
// How a very long story feels in the editor, measured in Debian's Chromium on a
// running Masthead (`npm run demo`): a reporter's story of --chars characters,
// then --keys keystrokes typed into it one by one. Prints keystroke-to-paint
// latency (keydown to the frame after the edit) and the autosave round trip
// (the save request, and typing-stopped to "已保存"), beside a short story's.
import { chromium, type Page } from '@playwright/test';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, DEMO_STAFF } from '@/prisma/seed/staff';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    chars: { type: 'string', default: '50000' },
    keys: { type: 'string', default: '60' },
  },
});
const base = values.url!.replace(/\/$/, '');
const keys = Number(values.keys);

// Fresh sentences, cycled: realistic CJK text with full-width punctuation.
const SENTENCES = ['街道组织志愿者走进社区，', '为老人讲解防范电信诈骗的办法。', '新建的口袋公园本周向居民开放，', '园内设置了健身步道和休息座椅。', '区图书馆延长夜间开放时间，', '周末还将举办亲子阅读活动。'];
function paragraphs(totalChars: number): string[] {
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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
};

async function signIn(page: Page) {
  const reporter = DEMO_STAFF.find((s) => s.key === 'reporter')!;
  await page.goto(`${base}/login`);
  await page.getByLabel('邮箱').fill(reporter.email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

async function measure(page: Page, chars: number) {
  await page.goto(`${base}/newsroom/articles/new`);
  await page.getByLabel('主题').fill(`编辑器性能测试 ${chars} 字 ${Date.now() % 100000}`);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  // Fill the body paragraph by paragraph, as a paste of a long manuscript would.
  for (const paragraph of paragraphs(chars)) {
    await page.keyboard.insertText(paragraph);
    await page.keyboard.press('Enter');
  }
  const state = page.getByTestId('save-state');
  await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved', null, { timeout: 120_000 });
  const counted = await page.getByTestId('char-count').textContent();

  // Keystroke to paint: the input event's timestamp (CJK text arrives as input, not keydown) to the first frame after the DOM changed.
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __samples: number[] }).__samples = samples;
    document.addEventListener(
      'beforeinput',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
      },
      true,
    );
  });
  // Type into the middle of the story, where the document is heaviest to update.
  await page.evaluate(() => {
    const editor = document.querySelector('.tiptap')!;
    const middle = editor.children[Math.floor(editor.children.length / 2)];
    const range = document.createRange();
    range.selectNodeContents(middle);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // Server actions are fetches carrying a Next-Action header: time each one in the page.
  await page.evaluate(() => {
    const saves: number[] = [];
    (window as unknown as { __saves: number[] }).__saves = saves;
    const original = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const isAction = /next-action/i.test(JSON.stringify(args[1]?.headers ?? {}));
      const start = performance.now();
      const response = await original(...args);
      if (isAction) {
        await response.clone().text();
        saves.push(performance.now() - start);
      }
      return response;
    };
  });
  const roundTrips: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < keys / 3; i++) await page.keyboard.type('字', { delay: 40 });
    const stopped = Date.now();
    await page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') === 'saved', null, { timeout: 60_000 });
    roundTrips.push(Date.now() - stopped);
  }
  await state.waitFor();
  const paint = summary(await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples));
  const saves = await page.evaluate(() => (window as unknown as { __saves: number[] }).__saves);
  return { chars, counted, paint, saveRequest: summary(saves), typingStoppedToSaved: summary(roundTrips) };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
await signIn(page);
const results = [await measure(page, 500), await measure(page, Number(values.chars))];
await browser.close();

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} ms`);
console.log(`\nEditor on ${base}: ${keys} keystrokes per story, autosave after a 1.5 s pause`);
console.log('| story | 字数 shown | keystroke→paint p50 / p95 / max | save request p50 / p95 | typing stopped → 已保存 p50 / max |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.chars.toLocaleString('en')} chars | ${r.counted} | ${ms(r.paint.p50)} / ${ms(r.paint.p95)} / ${ms(r.paint.max)} | ${ms(r.saveRequest.p50)} / ${ms(r.saveRequest.p95)} | ${ms(r.typingStoppedToSaved.p50)} / ${ms(r.typingStoppedToSaved.max)} |`,
  );
}
