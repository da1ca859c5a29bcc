// 我的待办 on a real database: each kind of work appears for the people it waits
// for and disappears when the work is done; nobody sees another's stories or pages;
// asking for a kind one's roles do not reach is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskKind } from '@/lib/domain/tasks';
import { addComment } from '@/lib/server/article/add-comment';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { moveArticle } from '@/lib/server/article/move-article';
import { resolveComment } from '@/lib/server/article/resolve-comment';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { addProofMark, resolveProofMark } from '@/lib/server/issue/proof-marks';
import { sendBackIssue } from '@/lib/server/issue/send-back-issue';
import { sendBackPage, signPage } from '@/lib/server/issue/sign-page';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import type { Actor } from '@/lib/server/session';
import { countMyTasks } from '@/lib/server/tasks/count-my-tasks';
import { listMyTasks } from '@/lib/server/tasks/list-my-tasks';
import type { DemoStaffKey } from '@/prisma/seed/staff';
import { actorFor, testDb } from '../support/actors';
import { nextIssueSlot } from '../support/issue-slots';
import { rejectsWith, storyInput } from '../support/stories';

const db = testDb();
afterAll(() => db.$disconnect());

const KEYS = ['reporter', 'reporter2', 'editor', 'pageEditor', 'pageEditor2', 'artEditor', 'proofreader', 'chiefEditor', 'admin', 'qxReporter'] as const satisfies readonly DemoStaffKey[];
const a = {} as Record<(typeof KEYS)[number], Actor>;
beforeAll(async () => {
  for (const key of KEYS) a[key] = await actorFor(key);
});

/** The item `id` in `actor`'s list of `kind`, if it is there. */
async function itemIn(actor: Actor, kind: TaskKind, id: string) {
  const [group] = await listMyTasks({ actor, kind });
  return group.items.find((item) => item.id === id);
}
const countOf = async (actor: Actor, kind: TaskKind) => (await countMyTasks({ actor })).byKind[kind] ?? 0;

describe('stories', () => {
  it('a story sent back waits for its author, with who and why, until it is filed again; the desk sees it while it is filed', async () => {
    const story = await createArticle({ actor: a.reporter, input: storyInput('待办：退稿测试') });
    const before = { mine: await countOf(a.reporter, 'sentBack'), others: await countOf(a.reporter2, 'sentBack'), desk: await countOf(a.editor, 'awaitingEdit') };

    await fileArticle({ actor: a.reporter, articleId: story.id });
    expect(await itemIn(a.editor, 'awaitingEdit', story.id)).toMatchObject({ title: '待办：退稿测试', who: '周明远', href: `/newsroom/articles/${story.id}` });
    expect(await countOf(a.editor, 'awaitingEdit')).toBe(before.desk + 1);
    expect(await itemIn(a.reporter, 'sentBack', story.id)).toBeUndefined();

    await moveArticle({ actor: a.editor, articleId: story.id, move: 'sendBack', reason: '导语太长，请压缩到一百字' });
    expect(await itemIn(a.reporter, 'sentBack', story.id)).toMatchObject({ kind: 'sentBack', why: '导语太长，请压缩到一百字', who: '林晓雯', href: `/newsroom/articles/${story.id}` });
    expect((await itemIn(a.reporter, 'sentBack', story.id))?.at).toBeInstanceOf(Date);
    expect(await countOf(a.reporter, 'sentBack')).toBe(before.mine + 1);
    // Another reporter's list and count are untouched; the desk's filed list lets it go.
    expect(await itemIn(a.reporter2, 'sentBack', story.id)).toBeUndefined();
    expect(await countOf(a.reporter2, 'sentBack')).toBe(before.others);
    expect(await itemIn(a.editor, 'awaitingEdit', story.id)).toBeUndefined();

    await fileArticle({ actor: a.reporter, articleId: story.id });
    expect(await itemIn(a.reporter, 'sentBack', story.id)).toBeUndefined();
    expect(await countOf(a.reporter, 'sentBack')).toBe(before.mine);
    expect(await itemIn(a.editor, 'awaitingEdit', story.id)).toBeDefined();

    await moveArticle({ actor: a.editor, articleId: story.id, move: 'markEdited' });
    expect(await itemIn(a.editor, 'awaitingEdit', story.id)).toBeUndefined();
    expect(await countOf(a.editor, 'awaitingEdit')).toBe(before.desk);
  });

  it('open comments by others on my story wait for me until resolved; my own comments and others’ stories do not', async () => {
    const story = await createArticle({ actor: a.reporter, input: storyInput('待办：批注测试', '区里新建的图书馆周末开放。') });
    await fileArticle({ actor: a.reporter, articleId: story.id });
    const before = { mine: await countOf(a.reporter, 'comments'), others: await countOf(a.reporter2, 'comments') };

    const comment = await addComment({ actor: a.editor, input: { articleId: story.id, quote: '周末开放', body: '请写明开放时间' } });
    const own = await addComment({ actor: a.reporter, input: { articleId: story.id, quote: '图书馆', body: '自己的备忘' } });
    expect(await itemIn(a.reporter, 'comments', comment.id)).toMatchObject({ title: '待办：批注测试', quote: '周末开放', why: '请写明开放时间', who: '林晓雯', href: `/newsroom/articles/${story.id}` });
    expect(await itemIn(a.reporter, 'comments', own.id)).toBeUndefined();
    expect(await countOf(a.reporter, 'comments')).toBe(before.mine + 1);
    expect(await itemIn(a.reporter2, 'comments', comment.id)).toBeUndefined();
    expect(await countOf(a.reporter2, 'comments')).toBe(before.others);

    await resolveComment({ actor: a.reporter, input: { commentId: comment.id, resolved: true } });
    expect(await itemIn(a.reporter, 'comments', comment.id)).toBeUndefined();
    expect(await countOf(a.reporter, 'comments')).toBe(before.mine);
  });
});

describe('pages and issues', () => {
  it('pages sent back, proof marks and sign-off wait for the people the pages name, until done', async () => {
    const defaults = await getNewIssueDefaults({ actor: a.pageEditor });
    const issue = await createIssue({
      actor: a.pageEditor,
      input: {
        publicationId: defaults.publication.id,
        ...(await nextIssueSlot(defaults.publication.id)),
        pages: [
          { name: '要闻', editorId: a.pageEditor.id, artEditorId: a.artEditor.id },
          { name: '综合', editorId: a.pageEditor2.id, artEditorId: null },
        ],
      },
    });
    const pages = (await getIssue({ actor: a.pageEditor, issueId: issue.id })).pages;
    const stories = [];
    for (const [index, page] of pages.entries()) {
      const story = await createArticle({ actor: a.reporter, input: storyInput(`待办：版面测试${index + 1}`) });
      await fileArticle({ actor: a.reporter, articleId: story.id });
      await placeArticle({ actor: a.pageEditor, slotId: page.slots[0].id, articleId: story.id });
      stories.push(story);
    }
    expect(await itemIn(a.chiefEditor, 'awaitingSignOff', issue.id)).toBeUndefined();
    await submitIssue({ actor: a.pageEditor, issueId: issue.id });
    expect(await itemIn(a.chiefEditor, 'awaitingSignOff', issue.id)).toMatchObject({ issueNumber: issue.number, who: '陈思远', href: `/newsroom/sign-off/${issue.id}` });

    // 退回 page 1, with a note pinned to its story: its 责任编辑 and 美编 see it, page 2's editor does not.
    await sendBackPage({ actor: a.chiefEditor, pageId: pages[0].id, reason: '标题太长', articleId: stories[0].id });
    expect(await itemIn(a.pageEditor, 'pagesSentBack', pages[0].id)).toMatchObject({ why: '标题太长', who: '郑国华', page: { number: 1, name: '要闻' }, href: `/newsroom/issues/${issue.id}/pages/1` });
    expect(await itemIn(a.artEditor, 'pagesSentBack', pages[0].id)).toBeDefined();
    expect(await itemIn(a.pageEditor2, 'pagesSentBack', pages[0].id)).toBeUndefined();
    const pinned = await db.proofMark.findFirstOrThrow({ where: { pageId: pages[0].id }, select: { id: true } });
    expect(await itemIn(a.pageEditor, 'proofMarks', pinned.id)).toMatchObject({ why: '标题太长', title: '待办：版面测试1' });
    expect(await itemIn(a.pageEditor2, 'proofMarks', pinned.id)).toBeUndefined();

    // A proofreader's mark on page 2 waits for page 2's editor, until marked fixed.
    const before = await countOf(a.pageEditor2, 'proofMarks');
    await addProofMark({ actor: a.proofreader, pageId: pages[1].id, articleId: null, note: '第三行错字' });
    const mark = await db.proofMark.findFirstOrThrow({ where: { pageId: pages[1].id }, select: { id: true } });
    expect(await itemIn(a.pageEditor2, 'proofMarks', mark.id)).toMatchObject({ why: '第三行错字', who: '孙立', page: { number: 2, name: '综合' } });
    expect(await countOf(a.pageEditor2, 'proofMarks')).toBe(before + 1);
    expect(await itemIn(a.pageEditor, 'proofMarks', mark.id)).toBeUndefined();
    await resolveProofMark({ actor: a.pageEditor2, markId: mark.id });
    expect(await itemIn(a.pageEditor2, 'proofMarks', mark.id)).toBeUndefined();
    expect(await countOf(a.pageEditor2, 'proofMarks')).toBe(before);

    // Signed again: no longer sent back.
    await signPage({ actor: a.chiefEditor, pageId: pages[0].id });
    expect(await itemIn(a.pageEditor, 'pagesSentBack', pages[0].id)).toBeUndefined();
    expect(await itemIn(a.artEditor, 'pagesSentBack', pages[0].id)).toBeUndefined();

    // The whole issue sent back: it waits for the page editors, not for the chief editor, until sent again.
    await sendBackIssue({ actor: a.chiefEditor, issueId: issue.id, reason: '头版图片不清晰' });
    expect(await itemIn(a.chiefEditor, 'awaitingSignOff', issue.id)).toBeUndefined();
    expect(await itemIn(a.pageEditor, 'issueSentBack', issue.id)).toMatchObject({ why: '头版图片不清晰', who: '郑国华', href: `/newsroom/issues/${issue.id}` });
    await submitIssue({ actor: a.pageEditor, issueId: issue.id });
    expect(await itemIn(a.pageEditor, 'issueSentBack', issue.id)).toBeUndefined();
    expect(await itemIn(a.chiefEditor, 'awaitingSignOff', issue.id)).toBeDefined();
  });
});

describe('who sees which kinds', () => {
  it('counts only the kinds a role reaches, and refuses a kind it does not', async () => {
    expect(Object.keys((await countMyTasks({ actor: a.reporter })).byKind).sort()).toEqual(['comments', 'sentBack']);
    expect(Object.keys((await countMyTasks({ actor: a.chiefEditor })).byKind).sort()).toEqual(['awaitingSignOff']);
    expect(await countMyTasks({ actor: a.proofreader })).toEqual({ total: 0, byKind: {} });
    expect(await countMyTasks({ actor: a.admin })).toEqual({ total: 0, byKind: {} });
    await rejectsWith(listMyTasks({ actor: a.reporter, kind: 'awaitingEdit' }), 'forbidden');
    await rejectsWith(listMyTasks({ actor: a.reporter, kind: 'awaitingSignOff' }), 'forbidden');
    await rejectsWith(listMyTasks({ actor: a.proofreader, kind: 'proofMarks' }), 'forbidden');
    await rejectsWith(listMyTasks({ actor: a.proofreader, kind: 'pagesSentBack' }), 'forbidden');
    await rejectsWith(listMyTasks({ actor: a.chiefEditor, kind: 'sentBack' }), 'forbidden');
    await rejectsWith(listMyTasks({ actor: a.pageEditor, kind: 'awaitingSignOff' }), 'forbidden');
    // Roles on another paper's staff reach nothing here: the second paper's reporter sees no first-paper story.
    const story = await createArticle({ actor: a.reporter, input: storyInput('待办：他报测试') });
    await fileArticle({ actor: a.reporter, articleId: story.id });
    await moveArticle({ actor: a.editor, articleId: story.id, move: 'sendBack', reason: '补充信源' });
    expect(await itemIn(a.qxReporter, 'sentBack', story.id)).toBeUndefined();
    expect(await itemIn(a.reporter, 'sentBack', story.id)).toBeDefined();
  });
});
