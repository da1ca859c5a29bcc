// The XSS corpus in every field and in the body of real stories (stored through
// the story form, and pasted into the editor as HTML), carried through
// placement, sign-off and publication, then every place a story is shown is
// opened: nothing may run (no dialog, no window.__xss) and nothing executable
// may reach the DOM. Feed and JSON API must carry the text escaped.
import { expect, test, type Page } from '@playwright/test';
import type { JSONContent } from '@tiptap/core';
import { XSS_PAYLOADS } from '@/tests/fixtures/xss-payloads';
import { findXssHoles } from '@/tests/support/xss-checks';
import { contextAs, nav, signAllPages } from './support/staff';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

type Fields = Record<'columnLabel' | 'kicker' | 'headline' | 'subheadline' | 'namesLine' | 'dateline' | 'bylines' | 'source' | 'credits', string>;
const LABELS: Record<keyof Fields, string> = {
  columnLabel: '栏目', kicker: '引题', headline: '主题', subheadline: '副题', namesLine: '出席', dateline: '电头', bylines: '记者', source: '来源', credits: '署名',
};
const LIMITS: Record<keyof Fields, number> = { columnLabel: 40, kicker: 200, headline: 200, subheadline: 300, namesLine: 300, dateline: 60, bylines: 40, source: 100, credits: 200 };
const MARK = `XSS${Date.now() % 100000}`;

/** Payloads packed into the fields of as many stories as it takes, so every single-line payload is in some field. */
function storiesOfFields(): Fields[] {
  const stories: Fields[] = [];
  const empty = (): Fields => ({ columnLabel: '', kicker: '', headline: `${MARK}-${stories.length + 1} `, subheadline: '', namesLine: '', dateline: '', bylines: '', source: '', credits: '' });
  // Bylines are split into names at spaces, so only payloads without spaces fit there.
  const fits = (fields: Fields, key: keyof Fields, p: string) => (fields[key] + p).length <= LIMITS[key] && (key !== 'bylines' || (!/[\s、,，]/.test(p) && !fields[key]));
  let current = empty();
  // Text-direction overrides are refused in one-line fields (lib/schemas/article.test.ts proves
  // it); those payloads still go into the body, where the editor drops the controls.
  for (const payload of XSS_PAYLOADS.filter((p) => !/[\n\r\u202a-\u202e\u2066-\u2069]/.test(p))) {
    let key = (Object.keys(LIMITS) as (keyof Fields)[]).find((k) => fits(current, k, payload));
    if (!key) {
      stories.push(current);
      current = empty();
      key = (Object.keys(LIMITS) as (keyof Fields)[]).find((k) => fits(current, k, payload));
    }
    if (key) current[key] += payload;
  }
  stories.push(current);
  return stories;
}

/** The whole corpus as TipTap JSON: text, link hrefs, figure sources, captions and credits, stray attributes. */
function hostileBody(): JSONContent {
  return {
    type: 'doc',
    content: XSS_PAYLOADS.flatMap((p) => [
      { type: 'paragraph', attrs: { onclick: p, style: p }, content: [{ type: 'text', text: p }, { type: 'text', text: '链接', marks: [{ type: 'link', attrs: { href: p, onclick: p } }] }] },
      { type: 'figure', attrs: { mediaId: p, src: p, width: 800, height: 600, caption: p, credit: p, onerror: p } },
    ]),
  };
}

const fired: string[] = [];
const hooked = new WeakSet<Page>();
function watch(page: Page) {
  if (hooked.has(page)) return;
  hooked.add(page);
  page.on('dialog', (dialog) => {
    // The app's own confirmation before filing (交稿) is expected; anything else came from a payload.
    if (dialog.type() === 'confirm' && dialog.message().includes('交稿')) return void dialog.accept();
    fired.push(`dialog on ${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}
async function asStaff(browser: import('@playwright/test').Browser, key: Parameters<typeof contextAs>[1]) {
  const session = await contextAs(browser, key);
  watch(session.page);
  return session;
}

/** Opens `path` (or checks the page as it is) and proves nothing ran and nothing executable is in the DOM. */
async function expectInert(page: Page, path?: string) {
  watch(page);
  if (path) expect((await page.goto(path))?.status(), path).toBe(200);
  await page.waitForLoadState('load');
  // Give onerror, onfocus, animations and meta refreshes their chance.
  await page.waitForTimeout(700);
  const flag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  expect(flag, `window.__xss on ${page.url()}`).toBeUndefined();
  const holes = await page.evaluate(`(${findXssHoles.toString()})(document)`);
  expect(holes, page.url()).toEqual([]);
  expect(fired).toEqual([]);
}

const stories = storiesOfFields();

const PAYLOAD = '<img src="/nowhere.png" onerror="window.__xss=1"><a href=" javascript:void 0">x</a>';
const xssFired = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);

test('the checks catch a payload that does run', async ({ page }) => {
  // A page with no Content-Security-Policy, so the payload really runs.
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOAD);
  await expect.poll(() => xssFired(page)).toBe(1);
  const holes = (await page.evaluate(`(${findXssHoles.toString()})(document)`)) as string[];
  expect(holes.some((hole) => hole.startsWith('event handler onerror'))).toBe(true);
  expect(holes.some((hole) => hole.startsWith('href URL'))).toBe(true);
});

test('on staff pages the Content-Security-Policy stops an injected handler even if one got through', async ({ page }) => {
  await page.goto('/login');
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), PAYLOAD);
  await page.waitForTimeout(1_000);
  expect(await xssFired(page)).toBeUndefined();
});
const articleIds: string[] = [];
let issueNumber = '';
let issueUrl = '';

test('hostile stories are written through the story form and pasted into the editor', async ({ browser }) => {
  const { context, page } = await asStaff(browser, 'reporter');
  const body = JSON.stringify(hostileBody());
  for (const fields of stories) {
    await page.goto('/newsroom/articles/new');
    for (const [key, value] of Object.entries(fields) as [keyof Fields, string][]) {
      if (value) await page.getByLabel(LABELS[key], { exact: true }).fill(value);
    }
    // The body as stored JSON, loaded into the editor (TipTap keeps its instance on its element) and saved like typed text.
    await page.locator('.tiptap').evaluate((element, value) => {
      const editor = (element as HTMLElement & { editor: { commands: { setContent: (content: unknown, options: { emitUpdate: boolean }) => void } } }).editor;
      editor.commands.setContent(JSON.parse(value), { emitUpdate: true });
    }, body);
    await page.getByRole('button', { name: '保存' }).click();
    // The first save gives the story its address in place (no reload).
    await page.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    articleIds.push(new URL(page.url()).pathname.split('/').pop()!);
    // The editor itself, with the whole corpus loaded.
    await expectInert(page);
  }

  // Pasted as HTML, one payload at a time, into the first story's editor.
  await page.goto(`/newsroom/articles/${articleIds[0]}`);
  const editor = page.getByRole('textbox', { name: '正文' });
  await editor.click();
  await page.keyboard.press('Control+End');
  for (const payload of XSS_PAYLOADS) {
    await editor.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', html);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `<p>粘贴：</p>${payload}`);
  }
  expect(((await editor.textContent()) ?? '').split('粘贴：').length - 1).toBe(XSS_PAYLOADS.length);
  await expectInert(page);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expectInert(page);

  for (const id of articleIds) {
    await page.goto(`/newsroom/articles/${id}`);
    await page.getByRole('button', { name: '交稿' }).click();
    await expect(page.getByText('已交稿，稿件已送到编辑部。')).toBeVisible();
  }
  await expectInert(page, '/newsroom/articles');
  await context.close();
});

test('the newsroom shows them inert: desk, board, page proofs, sign-off review', async ({ browser }) => {
  const editor = await asStaff(browser, 'editor');
  await nav(editor.page, '稿库').click();
  await expectInert(editor.page);
  await expectInert(editor.page, `/newsroom/articles/${articleIds[1]}`);
  await expectInert(editor.page, `/newsroom/articles/${articleIds[1]}/preview`);
  await expectInert(editor.page, `/newsroom/articles/${articleIds[0]}/revisions`);
  await editor.context.close();

  const { context, page } = await asStaff(browser, 'pageEditor');
  await page.goto('/newsroom/issues/new');
  issueNumber = await page.getByLabel('期号').inputValue();
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第 ${issueNumber} 期`);
  issueUrl = new URL(page.url()).pathname;
  for (const id of articleIds) {
    const slot = page.locator('[data-testid^="slot-"]').filter({ has: page.locator(`option[value="${id}"]`) }).first();
    await slot.getByRole('combobox').selectOption(id);
    await slot.getByRole('button', { name: '放入' }).click();
    await expect(page.locator(`option[value="${id}"]`)).toHaveCount(0);
  }
  await expectInert(page);
  for (const pageNumber of [1, 2, 3, 4]) await expectInert(page, `${issueUrl}/pages/${pageNumber}`);
  await page.goto(issueUrl);
  await page.getByRole('button', { name: '送签' }).click();
  await expect(page.getByText('已送总编辑签发。')).toBeVisible();
  await context.close();

  const chief = await asStaff(browser, 'chiefEditor');
  await nav(chief.page, '签发').click();
  await chief.page.getByRole('link', { name: new RegExp(`第 ${issueNumber} 期`) }).click();
  await expectInert(chief.page);
  await signAllPages(chief.page);
  await chief.page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(chief.page.getByText('已签发。')).toBeVisible();
  await chief.page.getByRole('button', { name: '立即发布' }).click();
  await expect(chief.page.getByText('已发布，读者现在可以看到本期。')).toBeVisible();
  await chief.context.close();
});

test('readers see them inert: issue, pages, stories, search; feed and API carry them escaped', async ({ page }) => {
  await expectInert(page, `/wanghe/${issueNumber}`);
  const pagesWithStories = new Set<string>();
  for (const n of [1, 2, 3, 4]) {
    await expectInert(page, `/wanghe/${issueNumber}/${n}`);
    for (const id of articleIds) if ((await page.locator(`a[href$="/${id}"]`).count()) > 0) pagesWithStories.add(`${n}/${id}`);
  }
  expect(pagesWithStories.size).toBe(articleIds.length);
  for (const path of pagesWithStories) await expectInert(page, `/wanghe/${issueNumber}/${path}`);
  await expect(page.getByRole('article')).toContainText(MARK);
  // The payloads are there, as text.
  await expect(page.getByRole('article')).toContainText('<script>window.__xss=1</script>');
  await expectInert(page, `/wanghe/search?q=${encodeURIComponent(MARK)}`);
  await expectInert(page, `/wanghe/search?q=${encodeURIComponent('onerror')}`);

  // Feed: well-formed XML whose text is escaped, with no markup of the payloads in it.
  const feed = await (await page.request.get('/wanghe/feed.xml')).text();
  expect(feed).toContain(MARK);
  expect(feed).not.toMatch(/<(script|img|svg|iframe|object|embed|style|math|a |body|meta)\b/i);
  const feedErrors = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length, feed);
  expect(feedErrors).toBe(0);

  // API: JSON that parses back to the exact text, with no raw markup characters.
  for (const path of [`/api/v1/publications/wanghe/issues/${issueNumber}`, `/api/v1/publications/wanghe/issues/${issueNumber}/pages/1`]) {
    const response = await page.request.get(path);
    expect(response.headers()['content-type']).toContain('application/json');
    const text = await response.text();
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain(MARK);
    expect(() => JSON.parse(text)).not.toThrow();
  }
  const api = await (await page.request.get(`/api/v1/publications/wanghe/issues/${issueNumber}`)).json();
  const headlines = api.issue.pages.flatMap((p: { stories: { headline: string }[] }) => p.stories.map((s) => s.headline));
  for (const fields of stories) expect(headlines).toContain(fields.headline.trim());
});

test.afterAll(() => {
  expect(fired).toEqual([]);
});

