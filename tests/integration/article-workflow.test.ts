// The story workflow on a real database: every move allowed for the right role
// and refused for every other, conditional on the state the person saw, with
// its audit row; and the history read back from the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_MOVES, type ArticleMove } from '@/lib/domain/article-workflow';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { getArticle } from '@/lib/server/article/get-article';
import { sharedStoryAccess } from '@/lib/server/collab/shared-story-state';
import { getArticleHistory } from '@/lib/server/article/get-article-history';
import { listComments } from '@/lib/server/article/list-comments';
import { listRevisions } from '@/lib/server/article/list-revisions';
import { moveArticle } from '@/lib/server/article/move-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import type { Actor } from '@/lib/server/session';
import type { DemoStaffKey } from '@/prisma/seed/staff';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith, storyInput } from '../support/stories';
import { nextIssueSlot } from '../support/issue-slots';

// One client for the file, closed at the end: every open pool holds connections to the shared test database.
const db = testDb();
afterAll(() => db.$disconnect());

const KEYS = ['reporter', 'reporter2', 'editor', 'pageEditor', 'artEditor', 'proofreader', 'chiefEditor', 'admin'] as const satisfies readonly DemoStaffKey[];
const actors = {} as Record<(typeof KEYS)[number], Actor>;



/** A fresh story by the demo reporter, brought to `status` through the workflow itself. */
async function storyIn(status: ArticleStatus): Promise<string> {
  const { id } = await createArticle({ actor: actors.reporter, input: storyInput(`状态测试 ${status}`) });
  const steps: Partial<Record<ArticleStatus, [ArticleMove, Actor][]>> = {
    DRAFT: [],
    FILED: [['file', actors.reporter]],
    EDITED: [['file', actors.reporter], ['markEdited', actors.editor]],
    READY: [['file', actors.reporter], ['markEdited', actors.editor], ['sendToLayout', actors.editor]],
    SENT_BACK: [['file', actors.reporter], ['sendBack', actors.editor]],
  };
  for (const [move, actor] of steps[status]!) await moveArticle({ actor, articleId: id, move, reason: '原因' });
  return id;
}

const statusOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeAll(async () => {
  for (const key of KEYS) actors[key] = await actorFor(key);
});

// Who may make each move from each state it starts in: everyone else is refused.
const ALLOWED: Record<ArticleMove, { from: ArticleStatus; to: ArticleStatus; who: (typeof KEYS)[number] }[]> = {
  file: [
    { from: 'DRAFT', to: 'FILED', who: 'reporter' },
    { from: 'SENT_BACK', to: 'FILED', who: 'reporter' },
  ],
  markEdited: [{ from: 'FILED', to: 'EDITED', who: 'editor' }],
  sendToLayout: [{ from: 'EDITED', to: 'READY', who: 'editor' }],
  sendBack: [
    { from: 'FILED', to: 'SENT_BACK', who: 'editor' },
    { from: 'EDITED', to: 'SENT_BACK', who: 'editor' },
    { from: 'READY', to: 'SENT_BACK', who: 'editor' },
  ],
};

describe('each move, by each role', () => {
  for (const move of ARTICLE_MOVES) {
    for (const { from, to, who } of ALLOWED[move]) {
      it(`${move} from ${from}: ${who} may, nobody else`, async () => {
        const id = await storyIn(from);
        for (const key of KEYS.filter((k) => k !== who)) {
          await rejectsWith(moveArticle({ actor: actors[key], articleId: id, move, from, reason: '不该成功' }), 'forbidden');
        }
        expect(await statusOf(id)).toBe(from);
        await moveArticle({ actor: actors[who], articleId: id, move, from, reason: '请补充采访对象' });
        expect(await statusOf(id)).toBe(to);
        const audit = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'article', entityId: id }, orderBy: { createdAt: 'desc' } });
        expect(audit).toMatchObject({ action: `article.${move}`, actorId: actors[who].id, details: expect.objectContaining({ from, to }) });
      });
    }
  }
});

describe('a draft is its author\'s own until filed', () => {
  it('no other staff member opens it, its revisions, comments or history, by id', async () => {
    const draft = await storyIn('DRAFT');
    const others = KEYS.filter((key) => key !== 'reporter');
    for (const key of others) {
      const actor = actors[key];
      await rejectsWith(getArticle({ actor, articleId: draft }), 'forbidden');
      await rejectsWith(getArticleHistory({ actor, articleId: draft }), 'forbidden');
      await rejectsWith(listRevisions({ actor, articleId: draft }), 'forbidden');
      await rejectsWith(listComments({ actor, articleId: draft }), 'forbidden');
      // Nor its shared document: the collaboration server asks the same question.
      await rejectsWith(sharedStoryAccess(actor, draft), 'forbidden');
    }
    expect((await getArticle({ actor: actors.reporter, articleId: draft })).id).toBe(draft);

    // Once filed, the desk reads it; sent back, it stays readable to the desk.
    await moveArticle({ actor: actors.reporter, articleId: draft, move: 'file' });
    expect((await getArticle({ actor: actors.editor, articleId: draft })).status).toBe('FILED');
    await moveArticle({ actor: actors.editor, articleId: draft, move: 'sendBack', reason: '请补充' });
    expect((await getArticle({ actor: actors.chiefEditor, articleId: draft })).status).toBe('SENT_BACK');
    await rejectsWith(getArticle({ actor: actors.reporter2, articleId: draft }), 'forbidden');
  });
});

describe('moves the table does not allow', () => {
  it('are conflicts, whoever asks: no move leads out of PLACED or PUBLISHED, and none skips a step', async () => {
    const draft = await storyIn('DRAFT');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: draft, move: 'markEdited' }), 'articleStateChanged');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: draft, move: 'sendBack', reason: '草稿不能退' }), 'articleStateChanged');
    const filed = await storyIn('FILED');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: filed, move: 'sendToLayout' }), 'articleStateChanged');
    await rejectsWith(moveArticle({ actor: actors.reporter, articleId: filed, move: 'file' }), 'articleStateChanged');
    const placed = await storyIn('READY');
    await db.article.update({ where: { id: placed }, data: { status: 'PLACED' } });
    for (const move of ['markEdited', 'sendToLayout'] as const) await rejectsWith(moveArticle({ actor: actors.editor, articleId: placed, move }), 'articleStateChanged');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: placed, move: 'sendBack', reason: '已上版' }), 'articleStateChanged');
    expect(await statusOf(placed)).toBe('PLACED');
  });

  it('refuses a move made from a state that is no longer current, and writes nothing', async () => {
    const id = await storyIn('FILED');
    await moveArticle({ actor: actors.editor, articleId: id, move: 'markEdited', from: 'FILED' });
    // A second editor's page still shows 已交稿.
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: id, move: 'sendBack', from: 'FILED', reason: '过时' }), 'articleStateChanged');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: id, move: 'markEdited', from: 'FILED' }), 'articleStateChanged');
    expect(await statusOf(id)).toBe('EDITED');
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ['article.sendBack', 'article.markEdited'] } } })).toBe(1);
  });

  it('lets exactly one of two simultaneous moves through', async () => {
    const id = await storyIn('FILED');
    const results = await Promise.allSettled([
      moveArticle({ actor: actors.editor, articleId: id, move: 'markEdited', from: 'FILED' }),
      moveArticle({ actor: actors.editor, articleId: id, move: 'sendBack', from: 'FILED', reason: '同时' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses sending back without a reason', async () => {
    const id = await storyIn('FILED');
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: id, move: 'sendBack', reason: '   ' }), 'sendBackReasonRequired');
    expect(await statusOf(id)).toBe('FILED');
  });

  it('says when the story does not exist', async () => {
    await rejectsWith(moveArticle({ actor: actors.editor, articleId: 'no-such-story', move: 'markEdited' }), 'notFound');
  });
});

describe('sent back and re-filed', () => {
  it('shows the author the reason, lets them edit and re-file, and keeps the whole history', async () => {
    const { id } = await createArticle({ actor: actors.reporter, input: storyInput('退稿再交稿') });
    await fileArticle({ actor: actors.reporter, articleId: id });
    expect((await getArticle({ actor: actors.reporter, articleId: id })).moves).toEqual([]);
    expect((await getArticle({ actor: actors.editor, articleId: id })).moves.sort()).toEqual(['markEdited', 'sendBack']);
    await moveArticle({ actor: actors.editor, articleId: id, move: 'sendBack', from: 'FILED', reason: '导语太长，请压缩' });

    const seen = await getArticle({ actor: actors.reporter, articleId: id });
    expect(seen).toMatchObject({ status: 'SENT_BACK', sentBackReason: '导语太长，请压缩', editable: true, moves: ['file'] });
    await updateArticle({ actor: actors.reporter, input: { ...storyInput('退稿再交稿（改）'), id, version: seen.version } });
    await fileArticle({ actor: actors.reporter, articleId: id, from: 'SENT_BACK' });
    expect(await getArticle({ actor: actors.reporter, articleId: id })).toMatchObject({ status: 'FILED', sentBackReason: null });

    const history = await getArticleHistory({ actor: actors.editor, articleId: id });
    expect(history.map((entry) => entry.action)).toEqual(['article.create', 'article.file', 'article.sendBack', 'article.update', 'article.file']);
    expect(history[2]).toMatchObject({ actorName: '林晓雯', reason: '导语太长，请压缩' });
    expect(history[3].version).toBe(2);
  });

  it('lets only those who may read the story read its history', async () => {
    const { id } = await createArticle({ actor: actors.reporter, input: storyInput('别人看不到的历史') });
    await rejectsWith(getArticleHistory({ actor: actors.reporter2, articleId: id }), 'forbidden');
    await rejectsWith(getArticleHistory({ actor: actors.admin, articleId: id }), 'forbidden');
    // A draft is its author's own until filed; then the desk may read it, history and all.
    await rejectsWith(getArticleHistory({ actor: actors.chiefEditor, articleId: id }), 'forbidden');
    await moveArticle({ actor: actors.reporter, articleId: id, move: 'file' });
    expect(await getArticleHistory({ actor: actors.chiefEditor, articleId: id })).toHaveLength(2);
  });

  it('includes being placed on a page, recorded on the issue', async () => {
    const id = await storyIn('READY');
    const defaults = await getNewIssueDefaults({ actor: actors.pageEditor });
    const issue = await createIssue({
      actor: actors.pageEditor,
      input: { publicationId: defaults.publication.id, ...(await nextIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }] },
    });
    const slots = (await getIssue({ actor: actors.pageEditor, issueId: issue.id })).pages[0].slots;
    await placeArticle({ actor: actors.pageEditor, slotId: slots[0].id, articleId: id });
    const history = await getArticleHistory({ actor: actors.reporter, articleId: id });
    expect(history.at(-1)).toMatchObject({ action: 'issue.place', actorName: '陈思远' });
  });
});
