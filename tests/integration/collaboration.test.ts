// The collaboration server on the real database: who may open a story's shared
// document, who may change it, and what reaches the story's columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollabServer } from '@/lib/server/collab/collab-server';
import { readSharedStory, replaceText, sharedField, writeSharedStory } from '@/lib/collab/shared-story';
import { bodySchema } from '@/lib/tiptap/body';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { restoreRevision } from '@/lib/server/article/restore-revision';
import { DEMO_PASSWORD } from '@/prisma/seed/staff';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { signPage } from '@/lib/server/issue/sign-page';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { listTemplates } from '@/lib/server/template/list-templates';
import { nextIssueSlot } from '../support/issue-slots';
import { actorFor, testDb } from '../support/actors';
import { postSignIn } from '../support/sign-in';
import { storyInput } from '../support/stories';
import { openSharedStory, until } from '../support/collab-client';

const ORIGIN = 'http://localhost:3000';
const db = testDb();
let collab: Awaited<ReturnType<typeof startCollabServer>>;
const cookies: Record<string, string> = {};

async function cookieOf(email: string) {
  cookies[email] ??= (await postSignIn({ email, password: DEMO_PASSWORD })).sessionCookie!;
  return cookies[email];
}

/** A connection to a story's document from this test's collaboration server. */
const open = (articleId: string, { cookie, origin = ORIGIN }: { cookie?: string; origin?: string }) => openSharedStory({ url: `ws://127.0.0.1:${collab.port}`, articleId, cookie, origin });

/** A story the reporter wrote and filed: the desk's to edit. */
async function filedStory(headline: string) {
  const reporter = await actorFor('reporter');
  const { id } = await createArticle({ actor: reporter, input: storyInput(headline, '第一段原文。') });
  await fileArticle({ actor: reporter, articleId: id });
  return id;
}

beforeAll(async () => {
  collab = await startCollabServer({ port: 0, host: '127.0.0.1', databaseUrl: process.env.DATABASE_URL!, allowedOrigins: [ORIGIN] });
});
afterAll(async () => {
  await collab?.stop();
  await db.$disconnect();
});

describe('the collaboration server', () => {
  it('merges two editors typing in the same paragraph and stores the result like a save', async () => {
    const id = await filedStory('协同编辑测试');
    const cookie = await cookieOf('editor@masthead.local');
    const [a, b] = [await open(id, { cookie }), await open(id, { cookie })];
    expect(a.readOnly).toBe(false);
    const current = readSharedStory(a.doc, bodySchema());
    writeSharedStory(a.doc, bodySchema(), { fields: current.fields, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '甲：第一段原文。' }] }] } });
    writeSharedStory(b.doc, bodySchema(), { fields: current.fields, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第一段原文。乙' }] }] } });
    replaceText(sharedField(b.doc, 'headline'), '协同编辑测试（改）');
    await until(() => readSharedStory(a.doc, bodySchema()).fields.headline.endsWith('（改）') && JSON.stringify(readSharedStory(a.doc, bodySchema())) === JSON.stringify(readSharedStory(b.doc, bodySchema())), 'both replicas to agree');
    expect(readSharedStory(a.doc, bodySchema()).body.content?.[0].content?.[0].text).toBe('甲：第一段原文。乙');
    await until(async () => (await db.article.findUniqueOrThrow({ where: { id } })).bodyText === '甲：第一段原文。乙', 'the store', 20_000);
    const stored = await db.article.findUniqueOrThrow({ where: { id }, select: { headline: true, version: true, revisions: { select: { authorId: true } } } });
    expect(stored.headline).toBe('协同编辑测试（改）');
    expect(stored.version).toBeGreaterThan(1);
    expect(stored.revisions.length).toBeGreaterThan(1);
    await until(() => a.messages.some((m) => m.includes('"stored"')), 'the stored message');
    a.close();
    b.close();
  });

  it('opens a story read-only for a role that may only read it, and takes no change through the socket', async () => {
    const id = await filedStory('只读测试');
    const proofreader = await open(id, { cookie: await cookieOf('proof@masthead.local') });
    const editor = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    expect(proofreader.readOnly).toBe(true);
    replaceText(sharedField(proofreader.doc, 'headline'), '被改掉了');
    // The editor's change after it arrives; the proofreader's never does.
    replaceText(sharedField(editor.doc, 'kicker'), '引题');
    await until(() => sharedField(proofreader.doc, 'kicker').toString() === '引题', 'the editor’s change to reach the proofreader');
    await new Promise((r) => setTimeout(r, 300));
    expect(sharedField(editor.doc, 'headline').toString()).toBe('只读测试');
    await until(async () => (await db.article.findUniqueOrThrow({ where: { id } })).kicker === '引题', 'the store', 20_000);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).headline).toBe('只读测试');
    proofreader.close();
    editor.close();
  });

  it('refuses a connection without a session, from another site, or to a story the person may not read', async () => {
    const id = await filedStory('拒绝测试');
    await expect(open(id, {})).rejects.toThrow(/refused/);
    await expect(open(id, { cookie: await cookieOf('editor@masthead.local'), origin: 'https://evil.example' })).rejects.toThrow(/refused/);
    // Another paper's staff, and a draft that is its author's own.
    await expect(open(id, { cookie: await cookieOf('qx-page@masthead.local') })).rejects.toThrow(/refused/);
    const { id: draft } = await createArticle({ actor: await actorFor('reporter'), input: storyInput('草稿') });
    await expect(open(draft, { cookie: await cookieOf('editor@masthead.local') })).rejects.toThrow(/refused/);
  });

  it('takes no more changes from an author once the story is filed', async () => {
    const reporter = await actorFor('reporter');
    const { id } = await createArticle({ actor: reporter, input: storyInput('交稿后只读') });
    const author = await open(id, { cookie: await cookieOf('reporter@masthead.local') });
    expect(author.readOnly).toBe(false);
    await fileArticle({ actor: reporter, articleId: id });
    await new Promise((r) => setTimeout(r, 1100));
    replaceText(sharedField(author.doc, 'headline'), '交稿后偷改');
    await until(() => author.messages.some((m) => m.includes('"readOnly"')), 'the read-only notice');
    const editor = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    expect(sharedField(editor.doc, 'headline').toString()).toBe('交稿后只读');
    author.close();
    editor.close();
  });

  it('shows a restored revision to everyone with the story open, as an edit', async () => {
    const id = await filedStory('恢复测试');
    const editorActor = await actorFor('editor');
    const a = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    const first = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: 'asc' } });
    replaceText(sharedField(a.doc, 'headline'), '恢复测试（改过）');
    await until(async () => (await db.article.findUniqueOrThrow({ where: { id } })).headline === '恢复测试（改过）', 'the store', 20_000);
    const { version } = await db.article.findUniqueOrThrow({ where: { id } });
    await restoreRevision({ actor: editorActor, input: { id, revisionId: first.id, version } });
    await until(() => sharedField(a.doc, 'headline').toString() === '恢复测试', 'the restore to reach the open document');
    a.close();
  });

  it('withdraws a signature when a story on a signed page changes, and takes nothing once the issue is scheduled', async () => {
    const [pageEditor, chief] = await Promise.all([actorFor('pageEditor'), actorFor('chiefEditor')]);
    const id = await filedStory('签版后协同修改');
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const { templates } = await listTemplates({ actor: pageEditor, publicationId: defaults.publication.id });
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, ...(await nextIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null, templateId: templates[0].id }] },
    });
    const [page] = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages;
    await placeArticle({ actor: pageEditor, slotId: page.slots.find((slot) => slot.kind === 'STORY')!.id, articleId: id });
    await submitIssue({ actor: pageEditor, issueId: issue.id });
    await signPage({ actor: chief, pageId: page.id });
    await signOffIssue({ actor: chief, issueId: issue.id });

    const editor = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    replaceText(sharedField(editor.doc, 'headline'), '签版后协同修改（改）');
    await until(async () => (await db.article.findUniqueOrThrow({ where: { id } })).headline === '签版后协同修改（改）', 'the store', 20_000);
    const withdrawn = await db.issue.findUniqueOrThrow({ where: { id: issue.id }, select: { status: true, pages: { select: { signedAt: true } } } });
    expect(withdrawn.status).toBe('AWAITING_SIGN_OFF');
    expect(withdrawn.pages[0].signedAt).toBeNull();

    // Signed again and scheduled while the editor still has the story open.
    await signPage({ actor: chief, pageId: page.id });
    await signOffIssue({ actor: chief, issueId: issue.id });
    await scheduleIssue({ actor: chief, issueId: issue.id, publishAt: new Date(Date.now() + 86_400_000) });
    await new Promise((r) => setTimeout(r, 1100));
    replaceText(sharedField(editor.doc, 'headline'), '定时后偷改');
    await until(() => editor.messages.some((m) => m.includes('"locked"')), 'the locked notice');
    await new Promise((r) => setTimeout(r, 2500));
    expect((await db.article.findUniqueOrThrow({ where: { id } })).headline).toBe('签版后协同修改（改）');
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe('SCHEDULED');
    const again = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    expect(again.readOnly).toBe(true);
    expect(sharedField(again.doc, 'headline').toString()).toBe('签版后协同修改（改）');
    editor.close();
    again.close();
  });

  it('keeps a part that breaks the rules at its stored value and says which', async () => {
    const id = await filedStory('不能清空主题');
    const editor = await open(id, { cookie: await cookieOf('editor@masthead.local') });
    replaceText(sharedField(editor.doc, 'headline'), '');
    replaceText(sharedField(editor.doc, 'kicker'), '引题照常保存');
    editor.provider.sendStateless(JSON.stringify({ kind: 'storeNow' }));
    await until(() => editor.messages.some((m) => m.includes('headlineRequired')), 'the refusal');
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.headline).toBe('不能清空主题');
    expect(stored.kicker).toBe('引题照常保存');
    editor.close();
  });
});
