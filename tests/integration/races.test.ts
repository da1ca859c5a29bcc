// Two people at once, for real: each test runs two transactions side by side on
// the PostgreSQL server and holds one of them at a barrier while the other acts,
// so the interleaving that loses a rule is the one that runs, every time.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { restoreRevision } from '@/lib/server/article/restore-revision';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { signPage } from '@/lib/server/issue/sign-page';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { publishIssue } from '@/lib/server/issue/publish-issue';
import { scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { publishDueIssues } from '@/lib/server/issue/publish-due-issues';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { storyInput } from '../support/stories';
import { backIssueSlot } from '../support/issue-slots';

// The barrier sits where a save has made its checks and is about to write.
const barrier = vi.hoisted(() => ({ armed: null as null | { reached: () => void; release: Promise<void> } }));
vi.mock('@/lib/server/article/save-article-version', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/server/article/save-article-version')>();
  return {
    ...original,
    saveArticleVersion: async (...args: Parameters<typeof original.saveArticleVersion>) => {
      const armed = barrier.armed;
      if (armed) {
        barrier.armed = null;
        armed.reached();
        await armed.release;
      }
      return original.saveArticleVersion(...args);
    },
  };
});

/** Arms the barrier: the next save stops before writing until `release()`. */
function armBarrier() {
  let reached!: () => void;
  let release!: () => void;
  const hasReached = new Promise<void>((resolve) => (reached = resolve));
  barrier.armed = { reached, release: new Promise<void>((resolve) => (release = resolve)) };
  return { hasReached, release };
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL!, max: 2 });
afterAll(() => pool.end());

/** Resolves once `count` backends wait for a row lock, or after `ms` (the other side may not need to wait). */
async function untilWaitingForLocks(count: number, ms = 3_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
    if (rows[0].n >= count) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

let reporter: Actor, editor: Actor, pageEditor: Actor, chief: Actor;

beforeAll(async () => {
  [reporter, editor, pageEditor, chief] = await Promise.all((['reporter', 'editor', 'pageEditor', 'chiefEditor'] as const).map((key) => actorFor(key)));
});

/** An issue of one page holding one story, signed off and ready to publish; a back issue before the earliest, so it never becomes the latest issue other tests read. */
async function signedOffIssueWithStory(headline: string) {
  const defaults = await getNewIssueDefaults({ actor: pageEditor });
  const issue = await createIssue({
    actor: pageEditor,
    input: { publicationId: defaults.publication.id, ...(await backIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }] },
  });
  const article = await createArticle({ actor: reporter, input: storyInput(headline) });
  await fileArticle({ actor: reporter, articleId: article.id });
  const page = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0];
  await placeArticle({ actor: pageEditor, slotId: page.slots[0].id, articleId: article.id });
  await submitIssue({ actor: pageEditor, issueId: issue.id });
  await signPage({ actor: chief, pageId: page.id });
  await signOffIssue({ actor: chief, issueId: issue.id });
  return { issueId: issue.id, articleId: article.id };
}

async function issueAndHeadline(issueId: string, articleId: string) {
  const db = testDb();
  const [issue, article] = await Promise.all([
    db.issue.findUniqueOrThrow({ where: { id: issueId }, select: { status: true } }),
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { headline: true } }),
  ]);
  await db.$disconnect();
  return { status: issue.status, headline: article.headline };
}

describe('an edit racing the issue going out', () => {
  // Whichever wins, readers never get a page the chief editor did not sign.
  const neverBoth = (save: PromiseSettledResult<unknown>, out: PromiseSettledResult<unknown>) =>
    expect([save.status, out.status], 'the edit and the publication both went through').not.toEqual(['fulfilled', 'fulfilled']);

  it('a save that checked before publication cannot land in the published issue', async () => {
    const { issueId, articleId } = await signedOffIssueWithStory('签发时的标题');
    const gate = armBarrier();
    const save = updateArticle({ actor: editor, input: { ...storyInput('签发后偷改的标题'), id: articleId, version: 1 } });
    await gate.hasReached;
    const publish = publishIssue({ actor: chief, issueId });
    await untilWaitingForLocks(1, 1_000);
    gate.release();
    const [saved, published] = await Promise.allSettled([save, publish]);
    neverBoth(saved, published);
    const after = await issueAndHeadline(issueId, articleId);
    if (after.status === 'PUBLISHED') expect(after.headline).toBe('签发时的标题');
  });

  it('a save that checked before scheduling cannot change the scheduled issue', async () => {
    const { issueId, articleId } = await signedOffIssueWithStory('定时签发的标题');
    const gate = armBarrier();
    const save = updateArticle({ actor: editor, input: { ...storyInput('定时后偷改的标题'), id: articleId, version: 1 } });
    await gate.hasReached;
    const schedule = scheduleIssue({ actor: chief, issueId, publishAt: new Date(Date.now() + 3_600_000) });
    await untilWaitingForLocks(1, 1_000);
    gate.release();
    const [saved, scheduled] = await Promise.allSettled([save, schedule]);
    neverBoth(saved, scheduled);
    const after = await issueAndHeadline(issueId, articleId);
    if (after.status === 'SCHEDULED') expect(after.headline).toBe('定时签发的标题');
  });

  it('restoring a revision that checked before publication cannot land in the published issue', async () => {
    const { issueId, articleId } = await signedOffIssueWithStory('恢复竞态的标题');
    const db = testDb();
    const firstRevision = await db.articleRevision.findFirstOrThrow({ where: { articleId }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    // A later edit withdraws the sign-off; sign again so the issue is ready to go out.
    await updateArticle({ actor: editor, input: { ...storyInput('签发前的第二稿'), id: articleId, version: 1, startRevision: true } });
    const pageId = (await getIssue({ actor: chief, issueId })).pages[0].id;
    await signPage({ actor: chief, pageId });
    await signOffIssue({ actor: chief, issueId });
    await db.$disconnect();

    const gate = armBarrier();
    const restore = restoreRevision({ actor: editor, input: { id: articleId, revisionId: firstRevision.id, version: 2 } });
    await gate.hasReached;
    const publish = publishIssue({ actor: chief, issueId });
    await untilWaitingForLocks(1, 1_000);
    gate.release();
    const [restored, published] = await Promise.allSettled([restore, publish]);
    neverBoth(restored, published);
    const after = await issueAndHeadline(issueId, articleId);
    if (after.status === 'PUBLISHED') expect(after.headline).toBe('签发前的第二稿');
  });
});

describe('the scheduled publisher on several servers at once', () => {
  it('publishes a due issue exactly once', async () => {
    const { issueId } = await signedOffIssueWithStory('多台服务器定时发布');
    await scheduleIssue({ actor: chief, issueId, publishAt: new Date(Date.now() + 1_000) });
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    // Hold the issue row so that every publisher has read it as due before any of them moves it.
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM "Issue" WHERE id = $1 FOR UPDATE', [issueId]);
      const runs = [publishDueIssues(), publishDueIssues(), publishDueIssues()];
      expect(await untilWaitingForLocks(3)).toBe(true);
      await holder.query('COMMIT');
      const published = await Promise.all(runs);
      // Each run also publishes what other test files left due: only this issue counts.
      expect(published.filter((ids) => ids.includes(issueId))).toHaveLength(1);
    } finally {
      holder.release();
    }
    const db = testDb();
    expect(await db.auditEvent.count({ where: { entityId: issueId, action: 'issue.publishScheduled' } })).toBe(1);
    await db.$disconnect();
  });
});
