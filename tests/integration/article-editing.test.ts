// Never losing work, on a real database: saves that conflict write nothing,
// saves are kept as coalesced revisions that can be compared and restored,
// comments and presence answer only to those who may read the story.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '@/lib/server/article/add-comment';
import { compareRevisions } from '@/lib/server/article/compare-revisions';
import { createArticle } from '@/lib/server/article/create-article';
import { listComments } from '@/lib/server/article/list-comments';
import { listRevisions } from '@/lib/server/article/list-revisions';
import { moveArticle } from '@/lib/server/article/move-article';
import { resolveComment } from '@/lib/server/article/resolve-comment';
import { restoreRevision } from '@/lib/server/article/restore-revision';
import { setTargetLength } from '@/lib/server/article/set-target-length';
import { updateArticle } from '@/lib/server/article/update-article';
import type { Actor } from '@/lib/server/session';
import { bodyFromParagraphs } from '@/lib/tiptap/body';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith, storyInput } from '../support/stories';

const db = testDb();
afterAll(() => db.$disconnect());

let reporter: Actor;
let reporter2: Actor;
let editor: Actor;
let pageEditor: Actor;
beforeAll(async () => {
  [reporter, reporter2, editor, pageEditor] = await Promise.all([actorFor('reporter'), actorFor('reporter2'), actorFor('editor'), actorFor('pageEditor')]);
});

describe('saving', () => {
  it('refuses a save based on an older version and writes nothing', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('并发保存测试') });
    await updateArticle({ actor: reporter, input: { ...storyInput('并发保存测试', '第一次修改。'), id, version: 1 } });
    await rejectsWith(updateArticle({ actor: reporter, input: { ...storyInput('并发保存测试', '基于旧版本的修改。'), id, version: 1 } }), 'articleChangedElsewhere');
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.bodyText).toBe('第一次修改。');
    expect(stored.version).toBe(2);
  });

  it('coalesces one person’s saves into one revision and audits it once', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('修订合并测试') });
    for (let version = 1; version <= 4; version++) {
      await updateArticle({ actor: reporter, input: { ...storyInput('修订合并测试', `第${version}次自动保存。`), id, version } });
    }
    const { revisions } = await listRevisions({ actor: reporter, articleId: id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0].version).toBe(5);
    expect(await db.auditEvent.count({ where: { entityId: id, action: 'article.update' } })).toBe(0);
  });
});

describe('revisions', () => {
  it('are compared character by character and restored as a new revision', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('修订对比测试', '街道今天开展垃圾分类宣传。') });
    await moveArticle({ actor: reporter, articleId: id, move: 'file' });
    // The editor's save starts a new revision (another person).
    await updateArticle({ actor: editor, input: { ...storyInput('修订对比测试', '街道昨天开展垃圾分类宣传。'), id, version: 1 } });
    const { revisions } = await listRevisions({ actor: editor, articleId: id });
    expect(revisions.map((r) => r.version)).toEqual([2, 1]);
    const comparison = await compareRevisions({ actor: editor, articleId: id, fromId: revisions[1].id, toId: revisions[0].id });
    const body = comparison.diffs.find((d) => d.field === 'body')!;
    expect(body.segments).toContainEqual({ kind: 'removed', text: '今' });
    expect(body.segments).toContainEqual({ kind: 'added', text: '昨' });
    expect(comparison.diffs.find((d) => d.field === 'headline')!.added).toBe(0);

    await restoreRevision({ actor: editor, input: { id, revisionId: revisions[1].id, version: 2 } });
    const stored = await db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.bodyText).toBe('街道今天开展垃圾分类宣传。');
    expect(stored.version).toBe(3);
    const after = await listRevisions({ actor: editor, articleId: id });
    expect(after.revisions.map((r) => [r.version, r.restoredFromVersion])).toEqual([[3, 1], [2, null], [1, null]]);
    // A restore on a stale version is refused like any other save.
    await rejectsWith(restoreRevision({ actor: editor, input: { id, revisionId: revisions[0].id, version: 2 } }), 'articleChangedElsewhere');
  });

  it('are not shown to, or restored by, someone who may not read or edit the story', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('他人草稿') });
    await rejectsWith(listRevisions({ actor: reporter2, articleId: id }), 'forbidden');
    const { revisions } = await listRevisions({ actor: reporter, articleId: id });
    await rejectsWith(restoreRevision({ actor: pageEditor, input: { id, revisionId: revisions[0].id, version: 1 } }), 'forbidden');
  });
});

describe('comments', () => {
  it('are added on a story one may read, resolved and reopened, and refused otherwise', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('批注测试') });
    await moveArticle({ actor: reporter, articleId: id, move: 'file' });
    const comment = await addComment({ actor: editor, input: { articleId: id, quote: '测试正文', body: '请核实数字。' } });
    await resolveComment({ actor: reporter, input: { commentId: comment.id, resolved: true } });
    let comments = await listComments({ actor: reporter, articleId: id });
    expect(comments[0]).toMatchObject({ body: '请核实数字。', author: { name: editor.name }, resolvedBy: { name: reporter.name } });
    await resolveComment({ actor: editor, input: { commentId: comment.id, resolved: false } });
    comments = await listComments({ actor: reporter, articleId: id });
    expect(comments[0].resolvedAt).toBeNull();
    await rejectsWith(addComment({ actor: reporter2, input: { articleId: id, quote: 'x', body: 'y' } }), 'forbidden');
    await rejectsWith(resolveComment({ actor: reporter2, input: { commentId: comment.id, resolved: true } }), 'forbidden');
  });
});

describe('target length', () => {
  it('lets editors set a target length and refuses reporters', async () => {
    const { id } = await createArticle({ actor: reporter, input: { ...storyInput('目标字数测试'), body: bodyFromParagraphs(['一二三']) } });
    await setTargetLength({ actor: editor, input: { id, targetLength: 800 } });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).targetLength).toBe(800);
    await rejectsWith(setTargetLength({ actor: reporter, input: { id, targetLength: 10 } }), 'forbidden');
  });
});

describe('keeping one’s version after a conflict', () => {
  it('starts a revision of its own, so the other save stays in the history', async () => {
    const { id } = await createArticle({ actor: reporter, input: storyInput('保留版本测试', '原文。') });
    await updateArticle({ actor: reporter, input: { ...storyInput('保留版本测试', '原文。甲。'), id, version: 1 } });
    await updateArticle({ actor: reporter, input: { ...storyInput('保留版本测试', '原文。乙。'), id, version: 2, startRevision: true } });
    const { revisions } = await listRevisions({ actor: reporter, articleId: id });
    expect(revisions.map((r) => r.version)).toEqual([3, 2]);
  });
});
