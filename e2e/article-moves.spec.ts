// Every workflow move is offered to the roles the permission map allows and
// refused by the server for the others, whatever the browser sends.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { contextAs, fileNewStory } from './support/staff';
import type { DemoStaffKey } from '@/prisma/seed/staff';

test.describe.configure({ mode: 'serial' });

const run = Date.now() % 100000;
const headline = `流程权限测试 ${run}`;
const MOVE_BUTTONS = ['交稿', '编辑完成', '送组版', '退稿'];
let storyPath = '';

async function movesSeenBy(browser: Browser, key: DemoStaffKey): Promise<string[]> {
  const { context, page } = await contextAs(browser, key);
  const response = await page.goto(storyPath);
  const seen: string[] = [];
  if (response?.status() === 200) {
    for (const name of MOVE_BUTTONS) if (await page.getByRole('button', { name, exact: true }).count()) seen.push(name);
  }
  await context.close();
  return seen;
}

/** Drops the session cookie and takes another person's, behind the loaded page's back. */
async function swapSession(page: Page, from: BrowserContext, to: BrowserContext) {
  await page.waitForLoadState('networkidle');
  await from.clearCookies();
  await from.addCookies(await to.cookies());
}

test('each role is offered exactly the moves the map allows, state by state', async ({ browser }) => {
  // Eleven sign-ins, one per role and state.
  test.setTimeout(120_000);
  await fileNewStory(browser, headline);
  const editor = await contextAs(browser, 'editor');
  await editor.page.goto('/newsroom/desk');
  await editor.page.getByRole('link', { name: headline }).click();
  await editor.page.waitForURL(/\/newsroom\/articles\/[a-z0-9]+$/);
  storyPath = new URL(editor.page.url()).pathname;
  await editor.context.close();

  // 已交稿: the desk editor edits or sends back; the author, page editor and chief editor may not.
  expect(await movesSeenBy(browser, 'reporter')).toEqual([]);
  expect(await movesSeenBy(browser, 'editor')).toEqual(['编辑完成', '退稿']);
  expect(await movesSeenBy(browser, 'pageEditor')).toEqual([]);
  expect(await movesSeenBy(browser, 'chiefEditor')).toEqual([]);
  expect(await movesSeenBy(browser, 'reporter2')).toEqual([]);

  const { context, page } = await contextAs(browser, 'editor');
  await page.goto(storyPath);
  await page.getByRole('button', { name: '编辑完成', exact: true }).click();
  await expect(page.getByText('已标为编辑完成。')).toBeVisible();
  await context.close();
  // 已编辑: only the desk editor moves it on (送组版) or back (退稿).
  expect(await movesSeenBy(browser, 'editor')).toEqual(['送组版', '退稿']);
  expect(await movesSeenBy(browser, 'pageEditor')).toEqual([]);
  expect(await movesSeenBy(browser, 'reporter')).toEqual([]);
});

test('a move sent by a role that may not make it is refused by the server, and nothing moves', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await contextAs(browser, 'editor');
  const editorCookies = await editor.context.cookies();
  await editor.page.goto(storyPath);
  for (const key of ['pageEditor', 'reporter'] as const) {
    await expect(editor.page.getByRole('button', { name: '送组版', exact: true })).toBeVisible();
    const other = await contextAs(browser, key);
    await swapSession(editor.page, editor.context, other.context);
    await other.context.close();
    await editor.page.getByRole('button', { name: '送组版', exact: true }).click();
    await expect(editor.page.getByText('您没有权限执行此操作。')).toBeVisible();
    // Back to the editor's own session: the story is still where it was.
    await editor.context.clearCookies();
    await editor.context.addCookies(editorCookies);
    await editor.page.reload();
    await expect(editor.page.getByText('已编辑').first()).toBeVisible();
  }
  await editor.page.getByRole('button', { name: '送组版', exact: true }).click();
  await expect(editor.page.getByText('已送组版，责任编辑可以把它放上版面了。')).toBeVisible();
  await editor.context.close();
});
