// One person, a new story: written through the editor, created at its first
// autosave (a server action), then shared, so further typing goes to the
// collaboration server, which stores the story after a pause in typing.
import type { Page } from '@playwright/test';
import { installKeystrokeProbe, readProbe } from './probes';
import { placeCaretAtEndOfParagraph, sleep, summary, typedCharacter, waitUntil, writeNewStory, type Summary } from './browser';

export type NewStoryResult = {
  chars: number;
  counted: string | null;
  paint: Summary | null;
  /** The first save, the server action that creates the story with its shared document. */
  createRequest: number | undefined;
  /** Typing stopped to the collaboration server's "stored" message (its debounce included). */
  typingStoppedToStored: Summary | null;
};

/** Times every server action (a fetch with a Next-Action header) the page makes, in window.__actions. */
async function timeServerActions(page: Page) {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __actions: number[] }).__actions = times;
    const original = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const isAction = /next-action/i.test(JSON.stringify(args[1]?.headers ?? {}));
      const start = performance.now();
      const response = await original(...args);
      if (isAction) {
        await response.clone().text();
        times.push(performance.now() - start);
      }
      return response;
    };
  });
}

/** When (Date.now() here) the collaboration server told this page it stored the story: its stateless "stored" messages. */
function watchStores(page: Page): number[] {
  const storedAt: number[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      if (Buffer.from(payload as string | Buffer).includes('"kind":"stored"')) storedAt.push(Date.now());
    }),
  );
  return storedAt;
}

export async function measureNewStory(page: Page, base: string, { chars, keys }: { chars: number; keys: number }): Promise<NewStoryResult> {
  const storedAt = watchStores(page);
  await page.goto(`${base}/newsroom/articles/new`);
  await timeServerActions(page);
  await writeNewStory(page, base, { chars, headline: `编辑器性能测试 ${chars} 字 ${Date.now() % 100000}`, navigate: false });
  const counted = await page.getByTestId('char-count').textContent();

  await installKeystrokeProbe(page);
  // Type into the middle of the story, where the document is heaviest to update.
  await placeCaretAtEndOfParagraph(page, Math.floor((await page.locator('.tiptap > *').count()) / 2));
  const roundTrips: number[] = [];
  let typed = 0;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < keys / 3; i++) {
      await page.keyboard.insertText(typedCharacter(typed++));
      await sleep(40);
    }
    const stopped = Date.now();
    await waitUntil(() => storedAt.some((t) => t > stopped), 60_000, 'the collaboration server to store the story');
    roundTrips.push(storedAt.find((t) => t > stopped)! - stopped);
  }
  const { paints } = await readProbe(page);
  const actions = await page.evaluate(() => (window as unknown as { __actions: number[] }).__actions);
  return { chars, counted, paint: summary(paints), createRequest: actions[0], typingStoppedToStored: summary(roundTrips) };
}
