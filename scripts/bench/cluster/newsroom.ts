// The newsroom's side of the cluster benchmark. What comes before the measured
// act (a story written, an issue laid out and signed off) is done through the
// data layer; the act itself (publishing, a correction, an upload) goes through
// one chosen app server over HTTP, in a browser, as staff would do it.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { signPage } from '@/lib/server/issue/sign-page';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { listTemplates } from '@/lib/server/template/list-templates';
import { bodyFromParagraphs } from '@/lib/tiptap/body';
import { DEMO_PASSWORD, DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';
import { actorFor } from '@/tests/support/actors';
import { nextIssueSlot } from '@/tests/support/issue-slots';

export type ReadyIssue = { issueId: string; number: number; articleId: string; headline: string };

/** A one-page issue with one new story on it, signed off and ready to publish. */
export async function signedOffIssue(headline: string): Promise<ReadyIssue> {
  const [reporter, pageEditor, chief] = await Promise.all((['reporter', 'pageEditor', 'chiefEditor'] as const).map((key) => actorFor(key)));
  const story = await createArticle({
    actor: reporter,
    input: { columnLabel: null, kicker: null, headline, subheadline: null, namesLine: null, dateline: '本报讯', bylines: ['周明远'], source: null, credits: null, body: bodyFromParagraphs(['集群测试用稿件正文。']) },
  });
  await fileArticle({ actor: reporter, articleId: story.id });
  const defaults = await getNewIssueDefaults({ actor: pageEditor });
  const { templates } = await listTemplates({ actor: pageEditor, publicationId: defaults.publication.id });
  const template = templates.find((t) => t.slots.every((slot) => slot.kind !== 'GUIDE')) ?? templates[0];
  const slot = await nextIssueSlot(defaults.publication.id);
  const issue = await createIssue({
    actor: pageEditor,
    input: { publicationId: defaults.publication.id, ...slot, pages: [{ name: '要闻', editorId: null, artEditorId: null, templateId: template.id }] },
  });
  const planned = await getIssue({ actor: pageEditor, issueId: issue.id });
  const storySlot = planned.pages[0].slots.find((s) => s.kind === 'STORY')!;
  await placeArticle({ actor: pageEditor, slotId: storySlot.id, articleId: story.id });
  await submitIssue({ actor: pageEditor, issueId: issue.id });
  for (const page of planned.pages) await signPage({ actor: chief, pageId: page.id });
  await signOffIssue({ actor: chief, issueId: issue.id });
  return { issueId: issue.id, number: slot.number, articleId: story.id, headline };
}

export async function scheduleFor(issueId: string, publishAt: Date) {
  await scheduleIssue({ actor: await actorFor('chiefEditor'), issueId, publishAt });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A browser context signed in as `key` through `server`'s sign-in form. */
export async function staffOn(browser: Browser, server: string, key: DemoStaffKey): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('邮箱').fill(DEMO_STAFF.find((s) => s.key === key)!.email);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('signed-in-as').waitFor({ timeout: 30_000 });
  await page.close();
  return context;
}

/** The chief editor presses 立即发布 on `server`; resolves when the server has said it is done. */
export async function publishThrough(context: BrowserContext, issueId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`/newsroom/sign-off/${issueId}`);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: '立即发布' }).click();
  await page.getByText('已发布，读者现在可以看到本期。').waitFor({ timeout: 30_000 });
  await page.close();
}

/** An editor publishes a correction (a new 引题) of a published story. */
export async function correctThrough(context: BrowserContext, articleId: string, kicker: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`/newsroom/articles/${articleId}/correct`);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('引题').fill(kicker);
  await page.getByLabel('更正说明').fill('集群测试：补上引题。');
  await page.getByRole('button', { name: '发布更正' }).click();
  await page.getByText('更正已发布，读者现在可以看到。').waitFor({ timeout: 30_000 });
  await page.close();
}
