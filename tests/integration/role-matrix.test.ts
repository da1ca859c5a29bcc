// Every refusal proven: each use case of the data layer is called by every role,
// by a staff member holding every newsroom role but only on ANOTHER paper's staff,
// by a deactivated account and by an anonymous visitor, on a target made fresh for
// that call (in the matrix's own paper), and what it let through is compared with
// the permission map.
//
// Which functions are covered is decided from the source, not from this file: the
// rule is that every function exported by lib/server/** whose first parameter is an
// options object holding `actor` is a use case and needs a row in USE_CASES below.
// Every other export must be named in PUBLIC_READERS (no actor: checked never to
// return unpublished data) or in NOT_USE_CASES (with the reason it needs no row).
// A new export in lib/server with neither makes this test fail.
//
// "Allowed" means the call did its work (each row says how to see that), "refused"
// means an AppError FORBIDDEN or UNAUTHENTICATED and no work done. Anything else,
// e.g. a CONFLICT for a role that should be allowed, fails the test too.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/errors';
import { MEMBERSHIP_ROLES, PERMISSIONS, ROLES, UNSCOPED_PERMISSIONS, type Permission } from '@/lib/permissions';
import { PAGE_FORMAT_PRESETS, DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import type { ArticleStatus, IssueStatus, Role } from '@/lib/generated/prisma/enums';
import type { BodyDoc } from '@/lib/tiptap/body';
import { getActor, type Actor } from '@/lib/server/session';
import { createArticle } from '@/lib/server/article/create-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { placeArticle } from '@/lib/server/issue/place-article';
import { continueArticle } from '@/lib/server/issue/continue-article';
import { addGuidePick } from '@/lib/server/issue/add-guide-pick';
import { uploadMedia } from '@/lib/server/media/upload-media';
import { syncReaderSearchEntries } from '@/lib/server/reader/search-entries';
import { actorIn, testDb } from '../support/actors';
import { storyInput } from '../support/stories';
import { createStaffSession } from '@/lib/auth/staff-sessions';
import { DEMO_PASSWORD, DEMO_STAFF } from '@/prisma/seed/staff';
import { dataLayerModules, exportedFunctionsOf } from '../support/use-case-inventory';
import { jobQueue, stopJobs } from '@/lib/server/jobs/client';
import { TASK_KINDS, TASK_PERMISSION, type TaskKind } from '@/lib/domain/tasks';

// The session the data layer's getActor reads: set per call to the staff member acting.
// A signed-in caller's cookie names its staff member and a live StaffSession, as Auth.js's does.
const signedIn = vi.hoisted(() => ({ staffId: null as string | null, sessionId: null as string | null }));
vi.mock('@/lib/auth', () => ({ auth: async () => (signedIn.staffId ? { user: { id: signedIn.staffId }, sessionId: signedIn.sessionId } : null) }));
// Every caller's cookie asks for the matrix's paper as its current publication: the
// session keeps it only for those on that paper's staff (and admins).
const wanted = vi.hoisted(() => ({ publicationId: null as string | null }));
vi.mock('@/lib/server/current-publication-cookie', () => ({ CURRENT_PUBLICATION_COOKIE: 'masthead-publication', currentPublicationCookie: async () => wanted.publicationId }));

// ---------------------------------------------------------------------------
// Who calls

/** `roles`: held on the matrix paper's staff (ADMIN: installation-wide); `elsewhere`: held on another paper's staff only. */
type Caller = { name: string; roles: readonly Role[]; elsewhere?: readonly Role[] };
/**
 * One caller per role, then OTHER_PAPER (every newsroom role, on another paper only:
 * the right role for every publication-scoped case, in the wrong publication), then a
 * deactivated account holding every role (refused however privileged), then nobody.
 */
const CALLERS: Caller[] = [
  ...ROLES.map((role) => ({ name: role, roles: [role] })),
  { name: 'OTHER_PAPER', roles: [], elsewhere: MEMBERSHIP_ROLES },
  { name: 'DEACTIVATED', roles: ROLES },
  { name: 'ANONYMOUS', roles: [] },
];
/** Callers the session turns away: the data layer never gets an actor for them. */
const SIGNED_OUT = new Set(['DEACTIVATED', 'ANONYMOUS']);

const grants = (roles: readonly Role[], permission: Permission) => roles.some((role) => (PERMISSIONS[permission] as readonly Role[]).includes(role));
/** A publication-scoped permission counts only on the matrix paper; an unscoped one through any paper's roles. */
const holds = (caller: Caller, permission: Permission) =>
  grants(caller.roles, permission) || ((UNSCOPED_PERMISSIONS as readonly string[]).includes(permission) && grants(caller.elsewhere ?? [], permission));

/** Who a row expects to be let through: a permission, several that must all hold, or a documented rule. */
/** `member`: on the matrix paper's staff with any role, or an installation admin. */
type Rule = Permission | { all: Permission[] } | { any: Permission[] } | 'everyone' | 'signedIn' | 'member' | 'nobody';
function ruleAllows(rule: Rule, caller: Caller): boolean {
  if (rule === 'everyone') return true;
  if (rule === 'nobody') return false;
  if (rule === 'signedIn') return !SIGNED_OUT.has(caller.name);
  if (SIGNED_OUT.has(caller.name)) return false;
  if (rule === 'member') return caller.roles.length > 0;
  if (typeof rule === 'string') return holds(caller, rule);
  if ('all' in rule) return rule.all.every((p) => holds(caller, p));
  return rule.any.some((p) => holds(caller, p));
}
const describeRule = (rule: Rule) => (typeof rule === 'string' ? rule : 'all' in rule ? rule.all.join(' & ') : rule.any.join(' | '));

// ---------------------------------------------------------------------------
// Fresh targets

const db = testDb();
const RUN = Date.now().toString(36);
let sequence = 0;
const unique = () => `${RUN}-${++sequence}`;

let staff: Record<'reporter' | 'reporter2' | 'editor' | 'pageEditor' | 'chiefEditor' | 'admin', Actor>;
let publication: { id: string; slug: string };
let otherPaper: { id: string; slug: string };
let templates: { id: string; name: string; front: boolean; hasGuide: boolean }[];

/** A story by `author` (someone else's by default: reporter2's) in `status`, with its first revision. */
/** The story's shared document with its 主题 changed, as a collaboration server would hold it. */
async function sharedEdit(articleId: string): Promise<Uint8Array> {
  const { loadSharedStoryState } = await import('@/lib/server/collab/shared-story-state');
  const { replaceText, sharedField } = await import('@/lib/collab/shared-story');
  const Y = await import('yjs');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadSharedStoryState(articleId));
  replaceText(sharedField(doc, 'headline'), '协同改过的标题');
  return Y.encodeStateAsUpdate(doc);
}

async function story({ author, status = 'FILED', headline }: { author?: Actor | null; status?: ArticleStatus; headline?: string } = {}) {
  const created = await createArticle({ actor: staff.reporter2, input: storyInput(headline ?? `矩阵稿件${unique()}`, `矩阵正文${unique()}。`) });
  await db.article.update({ where: { id: created.id }, data: { status, ...(author ? { authorId: author.id } : {}) } });
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: created.id }, select: { id: true } });
  return { id: created.id, version: created.version, revisionId: revision.id };
}

let issueNumber = 0;
/** Issue dates follow their numbers, later than any demo issue, so the newest made is the newest listed. */
const issueDate = (n: number) => new Date(Date.UTC(2040, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

type IssueFixture = Awaited<ReturnType<typeof issueLayout>>;
async function issueLayout(issueId: string) {
  const issue = await db.issue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      id: true,
      number: true,
      pages: { orderBy: { number: 'asc' }, select: { id: true, number: true, templateId: true, slots: { orderBy: [{ row: 'asc' }, { column: 'asc' }], select: { id: true, kind: true, placement: { select: { id: true, articleId: true, part: true } } } } } },
    },
  });
  return issue;
}
const storySlots = (page: IssueFixture['pages'][number]) => page.slots.filter((slot) => slot.kind === 'STORY');

/**
 * An issue of the matrix's own publication with `pages` pages, `stories` of them
 * carrying a placed story (one per page from page 1), moved to `status` with its
 * pages signed when `signed`. Page 1 has a 导读 box when `guide`.
 */
async function issue({ status = 'PLANNING', pages = 1, stories = 0, signed = false, guide = false }: { status?: IssueStatus; pages?: number; stories?: number; signed?: boolean; guide?: boolean } = {}) {
  const number = ++issueNumber;
  const guideTemplate = templates.find((t) => t.hasGuide)!;
  const created = await createIssue({
    actor: staff.pageEditor,
    input: {
      publicationId: publication.id,
      number,
      date: issueDate(number),
      pages: Array.from({ length: pages }, (_, index) => ({ name: `第${index + 1}版`, editorId: null, artEditorId: null, templateId: guide && index === 0 ? guideTemplate.id : null })),
    },
  });
  let layout = await issueLayout(created.id);
  for (let index = 0; index < stories; index++) {
    const ready = await story({ status: 'READY' });
    await placeArticle({ actor: staff.pageEditor, slotId: storySlots(layout.pages[index])[0].id, articleId: ready.id });
  }
  if (signed) await db.page.updateMany({ where: { issueId: created.id }, data: { signedAt: new Date(), signedById: staff.chiefEditor.id } });
  if (status !== 'PLANNING') {
    await db.issue.update({
      where: { id: created.id },
      data: {
        status,
        ...(status === 'SCHEDULED' ? { publishAt: new Date(Date.now() + 86_400_000), scheduledById: staff.chiefEditor.id } : {}),
        ...(status === 'PUBLISHED' ? { publishedAt: new Date() } : {}),
      },
    });
    if (status === 'PUBLISHED') await db.article.updateMany({ where: { placements: { some: { slot: { page: { issueId: created.id } } } } }, data: { status: 'PUBLISHED' } });
    await syncReaderSearchEntries(db, created.id);
  }
  layout = await issueLayout(created.id);
  return layout;
}

/** A publish job of a fresh scheduled matrix issue, failed for good (as after its retries ran out). */
async function failedPublishJob() {
  const made = await issue({ status: 'SCHEDULED', stories: 1, signed: true });
  const boss = await jobQueue();
  const id = (await boss.send('issue-publish', { issueId: made.id }, { singletonKey: made.id, retryLimit: 0, startAfter: new Date(Date.now() + 86_400_000) }))!;
  await boss.fail('issue-publish', id, new Error('matrix failure'));
  return { id, issueId: made.id };
}
const jobState = async (id: string) => (await (await jobQueue()).getDb().executeSql('SELECT state FROM pgboss.job WHERE id = $1', [id])).rows[0]?.state;
const issueStatus = async (id: string) => (await db.issue.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const articleOf = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, targetLength: true } });
const auditCount = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

const figureBody = (mediaId: string): BodyDoc => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '矩阵配图。' }] },
    { type: 'figure', attrs: { mediaId, width: 640, height: 480, caption: '矩阵', credit: '摄' } },
  ],
});
let photo: Buffer;
let unpublishedImage: string;
let publishedImage: string;

// ---------------------------------------------------------------------------
// The use cases: a fresh target per call, the call, and how to see it did its work

type Case<T = any> = {
  /** Told apart from the function's other cases, e.g. "own draft". */
  label?: string;
  rule: Rule;
  /** Makes the target; `actor` is the caller (null for the signed out), for targets of one's own. */
  prepare: (actor: Actor | null) => Promise<T>;
  call: (actor: Actor, target: T) => Promise<unknown>;
  /** Whether the work was done: from the database, or from what the call returned (undefined when refused). */
  done: (target: T, result: unknown) => Promise<boolean> | boolean;
  /** The function takes a session reader rather than an actor, so visitors reach it (getMediaFile). */
  actorGetter?: (actor: Actor | null) => () => Promise<Actor | null>;
  /** A refusal is a null answer rather than an error (getMediaFile: "no such image" and "not yours" alike). */
  refusesWithNull?: boolean;
  /**
   * The case works in the caller's current publication (a list, a new story): for someone
   * not on the matrix paper's staff that is their own paper, so a refusal is an answer
   * without the matrix paper's target in it (and nothing done in the matrix paper).
   */
  refusesByOmission?: boolean;
};
const one = <T,>(c: Case<T>): Case[] => [c as Case];

const ids = (rows: unknown) => (Array.isArray(rows) ? rows.map((row: { id?: string }) => row.id) : []);
const othersFiledStory = () => story();
/** An editor's comment on the story `made` resolves to. */
const commentOn = async (made: Promise<{ id: string }>) =>
  db.articleComment.create({ data: { articleId: (await made).id, quote: '矩阵', body: '批注', authorId: staff.editor.id }, select: { id: true } });

/**
 * A fresh piece of work of each 我的待办 kind in the matrix paper, waiting for `actor`
 * (their own story, a page naming them) where the kind is personal; with the id its item has.
 */
const TASK_TARGETS: Record<TaskKind, (actor: Actor) => Promise<string>> = {
  sentBack: async (actor) => (await story({ author: actor, status: 'SENT_BACK' })).id,
  comments: async (actor) => (await commentOn(story({ author: actor, status: 'FILED' }))).id,
  awaitingEdit: async () => (await othersFiledStory()).id,
  pagesSentBack: async (actor) => {
    const made = await issue({ status: 'AWAITING_SIGN_OFF', stories: 1 });
    await db.page.update({ where: { id: made.pages[0].id }, data: { editorId: actor.id, sentBackReason: '矩阵退回', sentBackAt: new Date() } });
    return made.pages[0].id;
  },
  proofMarks: async () => {
    const made = await issue({ stories: 1 });
    return (await db.proofMark.create({ data: { pageId: made.pages[0].id, note: '矩阵校对', authorId: staff.chiefEditor.id }, select: { id: true } })).id;
  },
  issueSentBack: async () => {
    const made = await issue({ stories: 1 });
    await db.issue.update({ where: { id: made.id }, data: { sentBackReason: '矩阵退回', sentBackAt: new Date() } });
    return made.id;
  },
  awaitingSignOff: async () => (await issue({ status: 'AWAITING_SIGN_OFF', stories: 1 })).id,
};
/** Asking for one kind: refused outright without its permission (someone on another paper's staff gets their own paper's list). */
const listTaskCases = (): Case[] =>
  TASK_KINDS.map((kind) => ({
    label: kind,
    rule: TASK_PERMISSION[kind],
    refusesByOmission: true,
    prepare: (actor: Actor | null) => TASK_TARGETS[kind](actor!),
    call: (actor: Actor) => import('@/lib/server/tasks/list-my-tasks').then((m) => m.listMyTasks({ actor, kind })),
    done: (id: string, result: unknown) => ids((result as { items: unknown[] }[] | undefined)?.[0]?.items).includes(id),
  }));
/** The badge's counts: a kind the caller does not reach is not counted (the count does not move). */
const countTaskCases = (): Case[] =>
  TASK_KINDS.map((kind) => ({
    label: kind,
    rule: TASK_PERMISSION[kind],
    refusesByOmission: true,
    prepare: async (actor: Actor | null) => {
      const count = async () => (await import('@/lib/server/tasks/count-my-tasks').then((m) => m.countMyTasks({ actor: actor! }))).byKind[kind];
      const before = await count();
      await TASK_TARGETS[kind](actor!);
      return { before };
    },
    call: (actor: Actor) => import('@/lib/server/tasks/count-my-tasks').then((m) => m.countMyTasks({ actor })),
    done: (target: { before?: number }, result: unknown) => {
      const after = (result as { byKind: Partial<Record<TaskKind, number>> } | undefined)?.byKind[kind];
      return after !== undefined && after === (target.before ?? 0) + 1;
    },
  }));

/** Rows keyed `lib/server/<file>#<function>`. */
const USE_CASES: Record<string, Case[]> = {
  // --- stories -------------------------------------------------------------
  'lib/server/article/add-comment.ts#addComment': [
    {
      label: "someone else's filed story",
      rule: { all: ['article.comment', 'article.readDesk'] },
      prepare: othersFiledStory,
      call: (actor, s) => import('@/lib/server/article/add-comment').then((m) => m.addComment({ actor, input: { articleId: s.id, quote: '矩阵', body: '请核实' } })),
      done: async (s) => (await db.articleComment.count({ where: { articleId: s.id } })) === 1,
    },
    {
      // Reading one's own story is not enough: commenting is a permission of its own.
      label: 'own story',
      rule: 'article.comment',
      prepare: (actor) => story({ author: actor }),
      call: (actor, s) => import('@/lib/server/article/add-comment').then((m) => m.addComment({ actor, input: { articleId: s.id, quote: '矩阵', body: '请核实' } })),
      done: async (s) => (await db.articleComment.count({ where: { articleId: s.id } })) === 1,
    },
  ],
  'lib/server/article/compare-revisions.ts#compareRevisions': one({
    rule: 'article.readDesk',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/compare-revisions').then((m) => m.compareRevisions({ actor, articleId: s.id, fromId: s.revisionId, toId: s.revisionId })),
    done: (s, result) => (result as { from?: { id: string } } | undefined)?.from?.id === s.revisionId,
  }),
  'lib/server/article/correct-article.ts#correctArticle': one({
    rule: 'article.correct',
    prepare: () => story({ status: 'PUBLISHED' }),
    call: (actor, s) => import('@/lib/server/article/correct-article').then((m) => m.correctArticle({ actor, input: { ...storyInput('更正后的标题'), id: s.id, version: s.version, note: '更正人名' } })),
    done: async (s) => (await db.articleCorrection.count({ where: { articleId: s.id } })) === 1 && (await articleOf(s.id)).version === s.version + 1,
  }),
  'lib/server/article/create-article.ts#createArticle': one({
    rule: 'article.write',
    prepare: async () => `矩阵新稿${unique()}`,
    call: (actor, headline) => import('@/lib/server/article/create-article').then((m) => m.createArticle({ actor, input: storyInput(headline) })),
    // A new story goes to the caller's current publication: refused means none in the matrix paper.
    refusesByOmission: true,
    done: async (headline) => (await db.article.count({ where: { headline, publicationId: publication.id } })) === 1,
  }),
  'lib/server/article/file-article.ts#fileArticle': one({
    label: 'own draft',
    rule: 'article.file',
    prepare: (actor) => story({ author: actor, status: 'DRAFT' }),
    call: (actor, s) => import('@/lib/server/article/file-article').then((m) => m.fileArticle({ actor, articleId: s.id, from: 'DRAFT' })),
    done: async (s) => (await articleOf(s.id)).status === 'FILED',
  }),
  'lib/server/article/get-article-history.ts#getArticleHistory': one({
    rule: 'article.readDesk',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/get-article-history').then((m) => m.getArticleHistory({ actor, articleId: s.id })),
    done: (_s, result) => Array.isArray(result) && result.some((entry) => entry.action === 'article.create'),
  }),
  'lib/server/article/get-article.ts#getArticle': one({
    rule: 'article.readDesk',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/get-article').then((m) => m.getArticle({ actor, articleId: s.id })),
    done: (s, result) => (result as { id?: string } | undefined)?.id === s.id,
  }),
  'lib/server/article/latest-revision-author.ts#latestRevisionAuthor': one({
    rule: 'article.readDesk',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/latest-revision-author').then((m) => m.latestRevisionAuthor({ actor, articleId: s.id })),
    done: (_s, result) => (result as { name?: string } | undefined)?.name === staff.reporter2.name,
  }),
  'lib/server/article/list-articles.ts#listMyArticles': one({
    // Anyone on the paper's staff lists their own stories there (the query is scoped to the actor and the current paper).
    rule: 'member',
    refusesByOmission: true,
    prepare: (actor) => story({ author: actor, status: 'DRAFT' }),
    call: (actor) => import('@/lib/server/article/list-articles').then((m) => m.listMyArticles({ actor })),
    done: (s, result) => ids(result).includes(s.id),
  }),
  'lib/server/article/list-articles.ts#listPlaceableArticles': one({
    rule: 'issue.plan',
    refusesByOmission: true,
    prepare: () => story({ status: 'READY' }),
    call: (actor) => import('@/lib/server/article/list-articles').then((m) => m.listPlaceableArticles({ actor })),
    done: (s, result) => ids(result).includes(s.id),
  }),
  'lib/server/article/list-comments.ts#listComments': one({
    rule: 'article.readDesk',
    prepare: async () => {
      const s = await othersFiledStory();
      const comment = await db.articleComment.create({ data: { articleId: s.id, quote: '矩阵', body: '批注', authorId: staff.editor.id }, select: { id: true } });
      return { ...s, commentId: comment.id };
    },
    call: (actor, s) => import('@/lib/server/article/list-comments').then((m) => m.listComments({ actor, articleId: s.id })),
    done: (s, result) => ids(result).includes(s.commentId),
  }),
  'lib/server/article/list-desk-filter-options.ts#listDeskFilterOptions': one({
    rule: 'article.readDesk',
    refusesByOmission: true,
    prepare: othersFiledStory,
    call: (actor) => import('@/lib/server/article/list-desk-filter-options').then((m) => m.listDeskFilterOptions({ actor })),
    done: (_s, result) => ids((result as { authors?: unknown } | undefined)?.authors).includes(staff.reporter2.id),
  }),
  'lib/server/article/list-revisions.ts#listRevisions': one({
    rule: 'article.readDesk',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/list-revisions').then((m) => m.listRevisions({ actor, articleId: s.id })),
    done: (s, result) => ids((result as { revisions?: unknown } | undefined)?.revisions).includes(s.revisionId),
  }),
  'lib/server/article/move-article.ts#moveArticle': [
    {
      label: 'markEdited',
      rule: 'article.edit',
      prepare: othersFiledStory,
      call: (actor, s) => import('@/lib/server/article/move-article').then((m) => m.moveArticle({ actor, articleId: s.id, move: 'markEdited', from: 'FILED' })),
      done: async (s) => (await articleOf(s.id)).status === 'EDITED',
    },
    {
      label: 'sendToLayout',
      rule: 'article.edit',
      prepare: () => story({ status: 'EDITED' }),
      call: (actor, s) => import('@/lib/server/article/move-article').then((m) => m.moveArticle({ actor, articleId: s.id, move: 'sendToLayout', from: 'EDITED' })),
      done: async (s) => (await articleOf(s.id)).status === 'READY',
    },
    {
      label: 'sendBack',
      rule: 'article.sendBack',
      prepare: () => story({ status: 'READY' }),
      call: (actor, s) => import('@/lib/server/article/move-article').then((m) => m.moveArticle({ actor, articleId: s.id, move: 'sendBack', from: 'READY', reason: '请补充采访' })),
      done: async (s) => (await articleOf(s.id)).status === 'SENT_BACK',
    },
    {
      label: "file someone else's draft",
      // Filing is the author's own act: nobody files another's story, whatever their role.
      rule: 'nobody',
      prepare: () => story({ status: 'DRAFT' }),
      call: (actor, s) => import('@/lib/server/article/move-article').then((m) => m.moveArticle({ actor, articleId: s.id, move: 'file', from: 'DRAFT' })),
      done: async (s) => (await articleOf(s.id)).status === 'FILED',
    },
  ],
  'lib/server/article/resolve-comment.ts#resolveComment': [
    {
      label: "someone else's filed story",
      rule: { all: ['article.comment', 'article.readDesk'] },
      prepare: () => commentOn(othersFiledStory()),
      call: (actor, comment) => import('@/lib/server/article/resolve-comment').then((m) => m.resolveComment({ actor, input: { commentId: comment.id, resolved: true } })),
      done: async (comment) => !!(await db.articleComment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedAt,
    },
    {
      label: 'own story',
      rule: 'article.comment',
      prepare: (actor) => commentOn(story({ author: actor })),
      call: (actor, comment) => import('@/lib/server/article/resolve-comment').then((m) => m.resolveComment({ actor, input: { commentId: comment.id, resolved: true } })),
      done: async (comment) => !!(await db.articleComment.findUniqueOrThrow({ where: { id: comment.id } })).resolvedAt,
    },
  ],
  'lib/server/article/restore-revision.ts#restoreRevision': [
    {
      label: 'own draft',
      rule: 'article.write',
      prepare: (actor) => story({ author: actor, status: 'DRAFT' }),
      call: (actor, s) => import('@/lib/server/article/restore-revision').then((m) => m.restoreRevision({ actor, input: { id: s.id, revisionId: s.revisionId, version: s.version } })),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
    {
      label: "someone else's filed story",
      rule: 'article.editDesk',
      prepare: othersFiledStory,
      call: (actor, s) => import('@/lib/server/article/restore-revision').then((m) => m.restoreRevision({ actor, input: { id: s.id, revisionId: s.revisionId, version: s.version } })),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
  ],
  'lib/server/article/search-desk-articles.ts#searchDeskArticles': one({
    rule: 'article.readDesk',
    refusesByOmission: true,
    prepare: () => story({ headline: `矩阵检索${unique()}` }),
    call: async (actor, s) => {
      const { headline } = await db.article.findUniqueOrThrow({ where: { id: s.id }, select: { headline: true } });
      const { searchDeskArticles } = await import('@/lib/server/article/search-desk-articles');
      return searchDeskArticles({ actor, filters: { q: headline, page: 1 } as never });
    },
    done: (s, result) => ids((result as { articles?: unknown } | undefined)?.articles).includes(s.id),
  }),
  'lib/server/article/set-target-length.ts#setTargetLength': one({
    rule: 'article.setTarget',
    prepare: othersFiledStory,
    call: (actor, s) => import('@/lib/server/article/set-target-length').then((m) => m.setTargetLength({ actor, input: { id: s.id, targetLength: 1200 } })),
    done: async (s) => (await articleOf(s.id)).targetLength === 1200,
  }),
  'lib/server/article/update-article.ts#updateArticle': [
    {
      label: 'own draft',
      rule: 'article.write',
      prepare: (actor) => story({ author: actor, status: 'DRAFT' }),
      call: (actor, s) => import('@/lib/server/article/update-article').then((m) => m.updateArticle({ actor, input: { ...storyInput('改过的标题'), id: s.id, version: s.version } })),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
    {
      label: "someone else's filed story",
      rule: 'article.editDesk',
      prepare: othersFiledStory,
      call: (actor, s) => import('@/lib/server/article/update-article').then((m) => m.updateArticle({ actor, input: { ...storyInput('改过的标题'), id: s.id, version: s.version } })),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
  ],

  'lib/server/collab/shared-story-state.ts#storeSharedStory': [
    {
      label: 'own draft',
      rule: 'article.write',
      prepare: (actor) => story({ author: actor, status: 'DRAFT' }),
      call: async (actor, s) => (await import('@/lib/server/collab/shared-story-state')).storeSharedStory({ actor, articleId: s.id, update: await sharedEdit(s.id) }),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
    {
      label: "someone else's filed story",
      rule: 'article.editDesk',
      prepare: othersFiledStory,
      call: async (actor, s) => (await import('@/lib/server/collab/shared-story-state')).storeSharedStory({ actor, articleId: s.id, update: await sharedEdit(s.id) }),
      done: async (s) => (await articleOf(s.id)).version === s.version + 1,
    },
  ],

  // --- issues and pages ----------------------------------------------------
  'lib/server/issue/add-guide-pick.ts#addGuidePick': one({
    rule: 'issue.plan',
    prepare: () => issue({ stories: 1, guide: true }),
    call: (actor, i) => {
      const page = i.pages[0];
      const guide = page.slots.find((slot) => slot.kind === 'GUIDE')!;
      const placed = page.slots.find((slot) => slot.placement)!.placement!;
      return import('@/lib/server/issue/add-guide-pick').then((m) => m.addGuidePick({ actor, input: { slotId: guide.id, articleId: placed.articleId, teaser: null } }));
    },
    done: async (i) => {
      const guide = await db.slot.findUniqueOrThrow({ where: { id: i.pages[0].slots.find((slot) => slot.kind === 'GUIDE')!.id }, select: { guidePicks: true } });
      return Array.isArray(guide.guidePicks) && guide.guidePicks.length === 1;
    },
  }),
  'lib/server/issue/add-page.ts#addPage': one({
    rule: 'issue.plan',
    prepare: () => issue(),
    call: (actor, i) => import('@/lib/server/issue/add-page').then((m) => m.addPage({ actor, input: { issueId: i.id, name: '增版', templateId: templates.find((t) => !t.front)!.id } as never })),
    done: async (i) => (await db.page.count({ where: { issueId: i.id } })) === 2,
  }),
  'lib/server/issue/change-page-template.ts#changePageTemplate': one({
    rule: 'issue.plan',
    prepare: () => issue(),
    call: (actor, i) => {
      const other = templates.find((t) => t.id !== i.pages[0].templateId)!;
      return import('@/lib/server/issue/change-page-template').then((m) => m.changePageTemplate({ actor, pageId: i.pages[0].id, templateId: other.id }));
    },
    done: async (i) => (await db.page.findUniqueOrThrow({ where: { id: i.pages[0].id } })).templateId !== i.pages[0].templateId,
  }),
  'lib/server/issue/continue-article.ts#continueArticle': one({
    rule: 'issue.plan',
    prepare: () => issue({ pages: 2, stories: 1 }),
    call: (actor, i) => {
      const first = i.pages[0].slots.find((slot) => slot.placement)!.placement!;
      return import('@/lib/server/issue/continue-article').then((m) => m.continueArticle({ actor, placementId: first.id, slotId: storySlots(i.pages[1])[0].id }));
    },
    done: async (i) => (await db.placement.count({ where: { part: 2, slot: { page: { issueId: i.id } } } })) === 1,
  }),
  'lib/server/issue/create-issue.ts#createIssue': one({
    rule: 'issue.create',
    prepare: async () => ++issueNumber,
    call: (actor, number) =>
      import('@/lib/server/issue/create-issue').then((m) =>
        m.createIssue({ actor, input: { publicationId: publication.id, number, date: issueDate(number), pages: [{ name: '要闻', editorId: null, artEditorId: null }] } }),
      ),
    done: async (number) => (await db.issue.count({ where: { publicationId: publication.id, number } })) === 1,
  }),
  'lib/server/issue/get-issue.ts#getIssue': one({
    rule: 'issue.read',
    prepare: () => issue(),
    call: (actor, i) => import('@/lib/server/issue/get-issue').then((m) => m.getIssue({ actor, issueId: i.id })),
    done: (i, result) => (result as { id?: string } | undefined)?.id === i.id,
  }),
  'lib/server/issue/get-layout-version.ts#getLayoutVersion': one({
    rule: 'issue.read',
    prepare: () => issue(),
    call: (actor, i) => import('@/lib/server/issue/get-layout-version').then((m) => m.getLayoutVersion({ actor, issueId: i.id })),
    done: (_i, result) => typeof result === 'string' && result.includes('PLANNING'),
  }),
  'lib/server/issue/get-new-issue-defaults.ts#getNewIssueDefaults': one({
    rule: 'issue.create',
    prepare: async () => null,
    call: (actor) => import('@/lib/server/issue/get-new-issue-defaults').then((m) => m.getNewIssueDefaults({ actor, publicationId: publication.id })),
    done: (_t, result) => (result as { publication?: { id: string } } | undefined)?.publication?.id === publication.id,
  }),
  'lib/server/issue/list-issues.ts#listIssues': one({
    rule: 'issue.read',
    refusesByOmission: true,
    prepare: () => issue(),
    call: (actor) => import('@/lib/server/issue/list-issues').then((m) => m.listIssues({ actor })),
    done: (i, result) => ids(result).includes(i.id),
  }),
  'lib/server/issue/move-page.ts#movePage': one({
    rule: 'issue.plan',
    prepare: () => issue({ pages: 2 }),
    call: (actor, i) => import('@/lib/server/issue/move-page').then((m) => m.movePage({ actor, pageId: i.pages[0].id, from: 1, to: 2 })),
    done: async (i) => (await db.page.findUniqueOrThrow({ where: { id: i.pages[0].id } })).number === 2,
  }),
  'lib/server/issue/move-placement.ts#movePlacement': one({
    rule: 'issue.plan',
    prepare: () => issue({ stories: 1 }),
    call: (actor, i) => {
      const [from, to] = storySlots(i.pages[0]);
      return import('@/lib/server/issue/move-placement').then((m) => m.movePlacement({ actor, placementId: from.placement!.id, fromSlotId: from.id, toSlotId: to.id, toPlacementId: null } as never));
    },
    done: async (i) => (await db.placement.findUniqueOrThrow({ where: { id: storySlots(i.pages[0])[0].placement!.id } })).slotId === storySlots(i.pages[0])[1].id,
  }),
  'lib/server/issue/place-article.ts#placeArticle': one({
    rule: 'issue.plan',
    prepare: async () => ({ issue: await issue(), story: await story({ status: 'READY' }) }),
    call: (actor, t) => import('@/lib/server/issue/place-article').then((m) => m.placeArticle({ actor, slotId: storySlots(t.issue.pages[0])[0].id, articleId: t.story.id })),
    done: async (t) => (await db.placement.count({ where: { articleId: t.story.id } })) === 1,
  }),
  'lib/server/issue/proof-marks.ts#addProofMark': one({
    rule: 'page.markProof',
    prepare: () => issue({ status: 'AWAITING_SIGN_OFF', stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/proof-marks').then((m) => m.addProofMark({ actor, pageId: i.pages[0].id, articleId: null, note: '错字' })),
    done: async (i) => (await db.proofMark.count({ where: { pageId: i.pages[0].id } })) === 1,
  }),
  'lib/server/issue/proof-marks.ts#resolveProofMark': one({
    rule: 'issue.plan',
    prepare: async () => {
      const i = await issue({ status: 'AWAITING_SIGN_OFF', stories: 1 });
      return db.proofMark.create({ data: { pageId: i.pages[0].id, note: '错字', authorId: staff.chiefEditor.id }, select: { id: true } });
    },
    call: (actor, mark) => import('@/lib/server/issue/proof-marks').then((m) => m.resolveProofMark({ actor, markId: mark.id })),
    done: async (mark) => !!(await db.proofMark.findUniqueOrThrow({ where: { id: mark.id } })).resolvedAt,
  }),
  'lib/server/issue/publish-issue.ts#publishIssue': one({
    rule: 'issue.publish',
    prepare: () => issue({ status: 'SIGNED_OFF', stories: 1, signed: true }),
    call: (actor, i) => import('@/lib/server/issue/publish-issue').then((m) => m.publishIssue({ actor, issueId: i.id })),
    done: async (i) => (await issueStatus(i.id)) === 'PUBLISHED',
  }),
  'lib/server/issue/remove-continuation.ts#removeContinuation': one({
    rule: 'issue.plan',
    prepare: async () => {
      const i = await issue({ pages: 2, stories: 1 });
      const first = i.pages[0].slots.find((slot) => slot.placement)!.placement!;
      return continueArticle({ actor: staff.pageEditor, placementId: first.id, slotId: storySlots(i.pages[1])[0].id });
    },
    call: (actor, part2) => import('@/lib/server/issue/remove-continuation').then((m) => m.removeContinuation({ actor, placementId: part2.id })),
    done: async (part2) => (await db.placement.count({ where: { id: part2.id } })) === 0,
  }),
  'lib/server/issue/remove-guide-pick.ts#removeGuidePick': one({
    rule: 'issue.plan',
    prepare: async () => {
      const i = await issue({ stories: 1, guide: true });
      const guide = i.pages[0].slots.find((slot) => slot.kind === 'GUIDE')!;
      const placed = i.pages[0].slots.find((slot) => slot.placement)!.placement!;
      await addGuidePick({ actor: staff.pageEditor, input: { slotId: guide.id, articleId: placed.articleId, teaser: null } });
      return { slotId: guide.id, articleId: placed.articleId };
    },
    call: (actor, pick) => import('@/lib/server/issue/remove-guide-pick').then((m) => m.removeGuidePick({ actor, input: pick })),
    done: async (pick) => {
      const guide = await db.slot.findUniqueOrThrow({ where: { id: pick.slotId }, select: { guidePicks: true } });
      return Array.isArray(guide.guidePicks) && guide.guidePicks.length === 0;
    },
  }),
  'lib/server/issue/remove-page.ts#removePage': one({
    rule: 'issue.plan',
    prepare: () => issue({ pages: 2 }),
    call: (actor, i) => import('@/lib/server/issue/remove-page').then((m) => m.removePage({ actor, pageId: i.pages[1].id, takeOffStories: false })),
    done: async (i) => (await db.page.count({ where: { issueId: i.id } })) === 1,
  }),
  'lib/server/issue/remove-placement.ts#removePlacement': one({
    rule: 'issue.plan',
    prepare: () => issue({ stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/remove-placement').then((m) => m.removePlacement({ actor, placementId: i.pages[0].slots.find((slot) => slot.placement)!.placement!.id })),
    done: async (i) => (await db.placement.count({ where: { slot: { page: { issueId: i.id } } } })) === 0,
  }),
  'lib/server/issue/schedule-issue.ts#scheduleIssue': one({
    rule: 'issue.publish',
    prepare: () => issue({ status: 'SIGNED_OFF', stories: 1, signed: true }),
    call: (actor, i) => import('@/lib/server/issue/schedule-issue').then((m) => m.scheduleIssue({ actor, issueId: i.id, publishAt: new Date(Date.now() + 3_600_000) })),
    done: async (i) => (await issueStatus(i.id)) === 'SCHEDULED',
  }),
  'lib/server/issue/schedule-issue.ts#cancelSchedule': one({
    rule: 'issue.publish',
    prepare: () => issue({ status: 'SCHEDULED', stories: 1, signed: true }),
    call: (actor, i) => import('@/lib/server/issue/schedule-issue').then((m) => m.cancelSchedule({ actor, issueId: i.id })),
    done: async (i) => (await issueStatus(i.id)) === 'SIGNED_OFF',
  }),
  'lib/server/issue/send-back-issue.ts#sendBackIssue': one({
    rule: 'issue.signOff',
    prepare: () => issue({ status: 'AWAITING_SIGN_OFF', stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/send-back-issue').then((m) => m.sendBackIssue({ actor, issueId: i.id, reason: '头版重排' })),
    done: async (i) => (await issueStatus(i.id)) === 'PLANNING',
  }),
  'lib/server/issue/sign-off-issue.ts#signOffIssue': one({
    rule: 'issue.signOff',
    prepare: () => issue({ status: 'AWAITING_SIGN_OFF', stories: 1, signed: true }),
    call: (actor, i) => import('@/lib/server/issue/sign-off-issue').then((m) => m.signOffIssue({ actor, issueId: i.id })),
    done: async (i) => (await issueStatus(i.id)) === 'SIGNED_OFF',
  }),
  'lib/server/issue/sign-page.ts#signPage': one({
    rule: 'issue.signOff',
    prepare: () => issue({ status: 'AWAITING_SIGN_OFF', stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/sign-page').then((m) => m.signPage({ actor, pageId: i.pages[0].id })),
    done: async (i) => !!(await db.page.findUniqueOrThrow({ where: { id: i.pages[0].id } })).signedAt,
  }),
  'lib/server/issue/sign-page.ts#sendBackPage': one({
    rule: 'issue.signOff',
    prepare: () => issue({ status: 'AWAITING_SIGN_OFF', stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/sign-page').then((m) => m.sendBackPage({ actor, pageId: i.pages[0].id, reason: '标题太长', articleId: null })),
    done: async (i) => (await db.page.findUniqueOrThrow({ where: { id: i.pages[0].id } })).sentBackReason === '标题太长',
  }),
  'lib/server/issue/submit-issue.ts#submitIssue': one({
    rule: 'issue.submit',
    prepare: () => issue({ stories: 1 }),
    call: (actor, i) => import('@/lib/server/issue/submit-issue').then((m) => m.submitIssue({ actor, issueId: i.id })),
    done: async (i) => (await issueStatus(i.id)) === 'AWAITING_SIGN_OFF',
  }),
  'lib/server/issue/undo-sign-off.ts#undoSignOff': one({
    rule: 'issue.signOff',
    prepare: () => issue({ status: 'SIGNED_OFF', stories: 1, signed: true }),
    call: (actor, i) => import('@/lib/server/issue/undo-sign-off').then((m) => m.undoSignOff({ actor, issueId: i.id, reason: '改稿' })),
    done: async (i) => (await issueStatus(i.id)) === 'PLANNING',
  }),

  // --- images ----------------------------------------------------------------
  'lib/server/media/get-media-file.ts#getMediaFile': [
    {
      label: 'image in no published story',
      rule: 'media.read',
      prepare: async () => unpublishedImage,
      call: (actor, mediaId) => import('@/lib/server/media/get-media-file').then((m) => m.getMediaFile({ mediaId, fileName: '480.webp', actor: actor as never })),
      actorGetter: (actor) => async () => actor,
      refusesWithNull: true,
      done: (_id, result) => ((result as { bytes?: Buffer } | null | undefined)?.bytes?.length ?? 0) > 0,
    },
    {
      label: 'image in a published story',
      rule: 'everyone',
      prepare: async () => publishedImage,
      call: (actor, mediaId) => import('@/lib/server/media/get-media-file').then((m) => m.getMediaFile({ mediaId, fileName: '480.webp', actor: actor as never })),
      actorGetter: (actor) => async () => actor,
      refusesWithNull: true,
      done: (_id, result) => (result as { visibility?: string } | null | undefined)?.visibility === 'public',
    },
  ],
  'lib/server/media/upload-media.ts#uploadMedia': one({
    rule: 'media.upload',
    prepare: async () => `矩阵${unique()}.jpg`,
    call: (actor, fileName) => import('@/lib/server/media/upload-media').then((m) => m.uploadMedia({ actor, fileName, bytes: photo })),
    done: async (fileName) => (await db.mediaAsset.count({ where: { originalName: fileName } })) === 1,
  }),

  // --- publications, staff, templates ------------------------------------------
  'lib/server/publication/list-page-formats.ts#listPageFormats': one({
    rule: 'publication.manage',
    prepare: async () => null,
    call: (actor) => import('@/lib/server/publication/list-page-formats').then((m) => m.listPageFormats({ actor })),
    done: (_t, result) => ids(result).includes(publication.id),
  }),
  'lib/server/publication/list-my-publications.ts#listMyPublications': one({
    // The switcher offers the papers one is on the staff of (every paper to an admin).
    rule: 'member',
    refusesByOmission: true,
    prepare: async () => null,
    call: (actor) => import('@/lib/server/publication/list-my-publications').then((m) => m.listMyPublications({ actor })),
    done: (_t, result) => ids(result).includes(publication.id),
  }),
  'lib/server/publication/update-page-format.ts#updatePageFormat': one({
    rule: 'publication.manage',
    prepare: () => db.publication.create({ data: { slug: `matrix-format-${unique()}`, name: '矩阵格式报', pageFormat: DEFAULT_PAGE_FORMAT }, select: { id: true } }),
    call: (actor, p) => import('@/lib/server/publication/update-page-format').then((m) => m.updatePageFormat({ actor, publicationId: p.id, format: PAGE_FORMAT_PRESETS['对开'] })),
    done: async (p) => ((await db.publication.findUniqueOrThrow({ where: { id: p.id } })).pageFormat as { name?: string }).name === '对开',
  }),
  'lib/server/publication/list-publications.ts#listPublications': one({
    rule: 'publication.manage',
    prepare: async () => null,
    call: (actor) => import('@/lib/server/publication/list-publications').then((m) => m.listPublications({ actor })),
    done: (_t, result) => ids(result).includes(publication.id),
  }),
  'lib/server/publication/get-publication-settings.ts#getPublicationSettings': one({
    rule: 'publication.manage',
    prepare: async () => publication,
    call: (actor, p) => import('@/lib/server/publication/get-publication-settings').then((m) => m.getPublicationSettings({ actor, publicationId: p.id })),
    done: (p, result) => (result as { id?: string } | undefined)?.id === p.id,
  }),
  'lib/server/publication/create-publication.ts#createPublication': one({
    rule: 'publication.manage',
    prepare: async () => `matrix-new-${unique()}`.replace(/[^a-z0-9-]/g, ''),
    call: (actor, slug) =>
      import('@/lib/server/publication/create-publication').then((m) =>
        m.createPublication({
          actor,
          input: { slug, name: '矩阵新报', nameTraditional: null, mastheadForm: 'SIMPLIFIED', romanizedName: null, sponsor: null, publisher: null, permitNumber: null, website: null, serviceStrip: null, serviceStripPages: [1], weekdayPages: {}, publicationDays: [1], firstIssueNumber: 1, isDefault: false },
        }),
      ),
    done: async (slug) => (await db.publication.count({ where: { slug } })) === 1,
  }),
  'lib/server/publication/update-publication.ts#updatePublication': one({
    label: 'change the sponsor line',
    rule: 'publication.manage',
    prepare: () => db.publication.create({ data: { slug: `matrix-edit-${unique()}`.replace(/[^a-z0-9-]/g, ''), name: '矩阵改报', pageFormat: DEFAULT_PAGE_FORMAT }, select: { id: true, slug: true } }),
    call: (actor, p) =>
      import('@/lib/server/publication/update-publication').then((m) =>
        m.updatePublication({
          actor,
          input: { id: p.id, version: 1, removeNameplate: false, slug: p.slug, name: '矩阵改报', nameTraditional: null, mastheadForm: 'SIMPLIFIED', romanizedName: null, sponsor: '矩阵主办', publisher: null, permitNumber: null, website: null, serviceStrip: null, serviceStripPages: [1], weekdayPages: {}, publicationDays: [1], firstIssueNumber: 1, isDefault: false },
        }),
      ),
    done: async (p) => (await db.publication.findUniqueOrThrow({ where: { id: p.id } })).sponsor === '矩阵主办',
  }),
  'lib/server/staff/create-staff.ts#createStaff': one({
    rule: 'staff.manage',
    prepare: async () => `matrix-${unique()}@masthead.local`,
    call: (actor, email) => import('@/lib/server/staff/create-staff').then((m) => m.createStaff({ actor, input: { name: '矩阵新人', email, password: 'long-enough-password', admin: false, memberships: [{ publicationId: publication.id, roles: ['REPORTER'] }] } })),
    done: async (email) => (await db.staff.count({ where: { email } })) === 1,
  }),
  'lib/server/jobs/troubled-jobs.ts#listTroubledJobs': one({
    rule: 'jobs.manage',
    // A chief editor of another paper sees that paper's jobs, not the matrix paper's.
    refusesByOmission: true,
    prepare: () => failedPublishJob(),
    call: (actor) => import('@/lib/server/jobs/troubled-jobs').then((m) => m.listTroubledJobs({ actor })),
    done: (job, result) => ids(result).includes(job.id),
  }),
  'lib/server/jobs/troubled-jobs.ts#retryJob': one({
    rule: 'jobs.manage',
    prepare: () => failedPublishJob(),
    call: (actor, job) => import('@/lib/server/jobs/troubled-jobs').then((m) => m.retryJob({ actor, input: { queue: 'issue-publish', id: job.id } })),
    done: async (job) => (await jobState(job.id)) === 'retry',
  }),
  'lib/server/jobs/troubled-jobs.ts#getIssuePublicationTrouble': one({
    rule: 'issue.read',
    prepare: async () => {
      const job = await failedPublishJob();
      return { id: job.issueId };
    },
    call: (actor, i) => import('@/lib/server/jobs/troubled-jobs').then((m) => m.getIssuePublicationTrouble({ actor, issueId: i.id })),
    done: (_i, result) => (result as { queue?: string } | null | undefined)?.queue === 'issue-publish',
  }),
  'lib/server/print/pdf-export.ts#startPdfExport': one({
    rule: 'issue.read',
    prepare: () => issue({ stories: 1 }),
    call: (actor, i) => import('@/lib/server/print/pdf-export').then((m) => m.startPdfExport({ actor, issueId: i.id, page: null })),
    done: (_i, result) => (result as { state?: string } | undefined)?.state === 'queued',
  }),
  'lib/server/print/pdf-export.ts#getPdfExportStatus': one({
    rule: 'issue.read',
    prepare: async () => {
      const made = await issue({ stories: 1 });
      const boss = await jobQueue();
      const jobId = await boss.send('pdf-render', { issueId: made.id, page: null, staffId: staff.pageEditor.id, key: `matrix/${unique()}.pdf`, widthMm: 10, heightMm: 10 });
      return { id: made.id, jobId: jobId! };
    },
    call: (actor, t) => import('@/lib/server/print/pdf-export').then((m) => m.getPdfExportStatus({ actor, issueId: t.id, jobId: t.jobId })),
    done: (_t, result) => (result as { state?: string } | undefined)?.state === 'queued',
  }),
  'lib/server/print/pdf-export.ts#getKeptPdf': one({
    rule: 'issue.read',
    prepare: () => issue(),
    // Nothing rendered yet: the answer is "none kept" (null); a refusal throws.
    call: (actor, i) => import('@/lib/server/print/pdf-export').then((m) => m.getKeptPdf({ actor, issueId: i.id, page: null })),
    done: (_i, result) => result === null,
  }),
  'lib/server/staff/list-staff.ts#listStaff': one({
    rule: 'staff.manage',
    prepare: async () => null,
    call: (actor) => import('@/lib/server/staff/list-staff').then((m) => m.listStaff({ actor })),
    done: (_t, result) => ids((result as { staff?: unknown } | undefined)?.staff).includes(staff.admin.id),
  }),
  'lib/server/staff/list-staff.ts#listStaffNames': one({
    rule: { any: ['issue.create', 'staff.manage'] },
    refusesByOmission: true,
    prepare: async () => null,
    call: (actor) => import('@/lib/server/staff/list-staff').then((m) => m.listStaffNames({ actor })),
    done: (_t, result) => ids(result).includes(staff.editor.id),
  }),
  'lib/server/staff/update-staff.ts#updateStaff': one({
    label: 'make an account admin',
    rule: 'staff.manage',
    prepare: () => db.staff.create({ data: { name: '矩阵同事', email: `matrix-${unique()}@masthead.local`, roles: ['REPORTER'], passwordHash: 'not-a-hash' }, select: { id: true } }),
    call: (actor, target) => import('@/lib/server/staff/update-staff').then((m) => m.updateStaff({ actor, input: { id: target.id, admin: true, memberships: [], active: true } })),
    done: async (target) => (await db.staff.findUniqueOrThrow({ where: { id: target.id } })).roles.includes('ADMIN'),
  }),
  'lib/server/staff/reset-staff-password.ts#resetStaffPassword': one({
    label: "give someone else's account a new password",
    rule: 'staff.manage',
    prepare: () => db.staff.create({ data: { name: '矩阵同事', email: `matrix-${unique()}@masthead.local`, roles: ['REPORTER'], passwordHash: 'not-a-hash' }, select: { id: true } }),
    call: (actor, target) => import('@/lib/server/staff/reset-staff-password').then((m) => m.resetStaffPassword({ actor, input: { id: target.id, password: '矩阵重置-Kx7q-2026' } as never })),
    done: async (target) => (await db.staff.findUniqueOrThrow({ where: { id: target.id }, omit: { passwordHash: false } })).passwordHash !== 'not-a-hash',
  }),
  'lib/server/staff/change-own-password.ts#changeOwnPassword': one({
    label: 'with the current password; put back afterwards',
    rule: 'signedIn',
    prepare: async (actor) => (await db.staff.findUniqueOrThrow({ where: { id: actor!.id }, omit: { passwordHash: false } })),
    call: (actor) =>
      import('@/lib/server/staff/change-own-password').then((m) =>
        m.changeOwnPassword({ actor, input: { currentPassword: DEMO_PASSWORD, newPassword: '矩阵新密码-Qz4w-2026', confirmPassword: '矩阵新密码-Qz4w-2026' } }),
      ),
    done: async (before) => {
      const after = await db.staff.findUniqueOrThrow({ where: { id: before.id }, omit: { passwordHash: false } });
      // The demo accounts keep their demo password for the other test files.
      await db.staff.update({ where: { id: before.id }, data: { passwordHash: before.passwordHash } });
      return after.passwordHash !== before.passwordHash;
    },
  }),
  'lib/server/template/list-templates.ts#listTemplates': one({
    rule: 'template.read',
    prepare: async () => null,
    call: (actor) => import('@/lib/server/template/list-templates').then((m) => m.listTemplates({ actor, publicationId: publication.id })),
    done: (_t, result) => ids((result as { templates?: unknown } | undefined)?.templates).includes(templates[0].id),
  }),
  'lib/server/template/save-template.ts#saveTemplate': one({
    rule: 'template.manage',
    prepare: async () => `矩阵${unique()}`,
    call: (actor, name) =>
      import('@/lib/server/template/save-template').then((m) =>
        m.saveTemplate({ actor, input: { publicationId: publication.id, templateId: null, name, front: false, slots: [{ name: '头条', kind: 'STORY', column: 1, row: 1, columns: 6, rows: 4 }] } as never }),
      ),
    done: async (name) => (await db.pageTemplate.count({ where: { publicationId: publication.id, name } })) === 1,
  }),
  'lib/server/tasks/list-my-tasks.ts#listMyTasks': listTaskCases(),
  'lib/server/tasks/count-my-tasks.ts#countMyTasks': countTaskCases(),
};

/**
 * Exports that are not use cases, each with why it needs no row. Checked below:
 * none of them takes `{ actor, … }`, except the steps in STEPS.
 */
const NOT_USE_CASES: Record<string, string> = {
  // Rules and helpers with no I/O of their own, unit-tested and mutation-tested.
  'lib/server/article/article-access.ts#canReadArticle': 'pure rule (actor, story) → boolean, used by the use cases above',
  'lib/server/article/article-access.ts#canEditArticle': 'pure rule, used by the use cases above',
  'lib/server/article/article-access.ts#allowedMoves': 'pure rule, used by getArticle',
  'lib/server/article/record-revision.ts#snapshotOf': 'pure: builds a snapshot from an input',
  'lib/server/issue/issue-view.ts#toIssueView': 'pure: shapes rows already read',
  'lib/server/issue/page-layout.ts#slotRows': 'pure: copies template slots',
  'lib/server/template/save-template.ts#templateRefusal': 'pure: problem → AppError',
  'lib/server/reader/published-scope.ts#visibleIssueCondition': 'pure: the visibility rule as a where clause (unit- and mutation-tested)',
  'lib/server/reader/published-scope.ts#publishedIssueWhere': 'pure: the visibility rule as a where clause',
  'lib/server/reader/search-published.ts#storyHasBigramsOf': 'pure: an SQL fragment',
  'lib/server/reader/search-published.ts#storyHasTrigramsOf': 'pure: an SQL fragment',
  'lib/server/reader/search-published.ts#storyContains': 'pure: an SQL fragment',
  'lib/server/reader/search-published.ts#entryMayHold': 'pure: an SQL fragment',
  'lib/server/reader/api-views.ts#storyJson': 'pure: shapes a published story the reader site already loaded',
  'lib/server/reader/api-views.ts#pageJson': 'pure: shapes a published page',
  'lib/server/reader/api-views.ts#issueJson': 'pure: shapes a published issue',
  'lib/server/reader/api-views.ts#apiJson': 'pure: a JSON Response',
  'lib/server/reader/api-views.ts#apiNotFound': 'pure: a 404 Response',
  'lib/server/prisma-errors.ts#uniqueViolationTarget': 'pure: reads a Prisma error',
  'lib/server/publication/publication-fields.ts#settingsData': 'pure: parsed settings → columns',
  // Steps inside a use case's transaction: they take the transaction client first and
  // run only after the use case that calls them has checked the actor.
  'lib/server/article/bylines.ts#bylineRows': 'transaction step',
  'lib/server/article/record-revision.ts#recordRevision': 'transaction step',
  'lib/server/article/save-article-version.ts#saveArticleVersion': 'transaction step (optimistic concurrency, mutation-tested)',
  'lib/server/media/sync-article-media.ts#syncArticleMedia': 'transaction step',
  'lib/server/issue/issue-guards.ts#lockEditableIssue': 'transaction step',
  'lib/server/issue/issue-guards.ts#withdrawSignatures': 'transaction step',
  'lib/server/issue/page-layout.ts#pagesInOrder': 'transaction step',
  'lib/server/issue/page-layout.ts#applyPageOrder': 'transaction step',
  'lib/server/issue/publish-issue.ts#publishStoriesOf': 'transaction step',
  'lib/server/audit.ts#recordAudit': 'transaction step',
  'lib/server/reader/search-entries.ts#writeReaderSearchEntries': 'transaction step (also used by the seed)',
  'lib/server/reader/search-entries.ts#syncReaderSearchEntries': 'transaction step',
  'lib/server/issue/move-issue.ts#moveIssue': 'step of the issue moves (publishIssue, signOffIssue, …), which check first; see STEPS',
  // Where the actor comes from: the session and its stand-ins, checked by the matrix itself.
  'lib/server/session.ts#getActor': 'the session: how the matrix gets its actors',
  'lib/server/session.ts#requireActor': 'the session, refusing the signed out',
  'lib/server/session.ts#assertCan': 'the check itself',
  'lib/server/session.ts#currentPublicationOf': 'the current publication of an actor already made (FORBIDDEN when none)',
  'lib/server/current-publication-cookie.ts#currentPublicationCookie': 'reads the cookie asking for a publication; getActor validates it against the memberships',
  'lib/server/staff/write-memberships.ts#writeMemberships': 'transaction step of createStaff and updateStaff, which check staff.manage first',
  'lib/server/page-guard.ts#requirePagePermission': 'page-level redirect, not a boundary (README: proxy and pages only redirect)',
  'lib/server/page-guard.ts#loadPageData': 'turns refusals into 404/403 pages',
  'lib/server/form-action.ts#runFormAction': 'session → parse → work; the work is a use case',
  'lib/server/form-action.ts#fieldErrorsOf': 'turns a zod refusal into translated field messages; touches no data',
  'lib/server/print/print-token.ts#createPrintPass': 'signs a pass for a staff member already checked by the export route',
  'lib/server/print/print-token.ts#actorFromPrintPass': 'a session stand-in for the print browser: returns an actor, checks nothing else',
  'lib/server/print/print-token.ts#printPassQuery': 'pure: a URL query',
  'lib/server/print/print-token.ts#actorFromPrintPassQuery': 'a session stand-in, as actorFromPrintPass',
  'lib/server/print/print-token.ts#createReaderPrintPass': 'signs a pass naming an issue for the readers\' print page, which itself shows only published issues',
  'lib/server/print/print-token.ts#isReaderPrintPass': 'checks a signature: pure apart from the clock',
  'lib/server/reader/reader-pdf.ts#readerIssueDigest': 'pure: a hash of an issue view already loaded under the reader rule',
  'lib/server/reader/reader-pdf.ts#isReaderPdfRenderJob': 'pure: the shape of a job',
  'lib/server/reader/reader-pdf.ts#runReaderPdfRenderJob': 'the render job: prints the readers\' print page, which shows only published issues (tests/integration/reader-pdf.test.ts)',
  'lib/server/reader/reader-pdf.ts#requestReaderPdfs': 'after publishIssue or a publish job: enqueues renders of an issue only if readers may see it, returns no data (tests/integration/reader-pdf.test.ts)',
  'lib/server/reader/reader-pdf.ts#requestReaderPdfsOfArticle': 'after correctArticle: enqueues renders of the issues readers see the story in, returns no data (tests/integration/reader-pdf.test.ts)',
  'lib/server/staff/find-staff-for-sign-in.ts#findStaffForSignIn': 'sign-in itself (lib/auth): reads before there is an actor',
  'lib/server/setup/first-run.ts#getFirstRunState': 'first run: whether any staff or publication exists, before there is an actor (tests/integration/first-run.test.ts)',
  'lib/server/setup/first-run.ts#createFirstAdministrator': 'first run: creates the first admin only while no staff exists, checked under a lock in its transaction (tests/integration/first-run.test.ts)',
  // Infrastructure with no data of its own to guard.
  'lib/server/issue/publish-due-issues.ts#publishDueIssues': 'the scheduler job: publishes only what a chief editor scheduled',
  'lib/server/issue/publish-due-issues.ts#publishDueIssue': 'the publish job: publishes one issue only if a chief editor scheduled it and its time has come',
  'lib/server/jobs/client.ts#createJobClient': 'job queue infrastructure: starts a pg-boss client',
  'lib/server/jobs/client.ts#startJobs': 'server start-up: starts the job workers',
  'lib/server/jobs/client.ts#stopJobs': 'server shutdown: stops the job workers',
  'lib/server/jobs/client.ts#jobQueue': 'job queue infrastructure: the process client; callers check first',
  'lib/server/jobs/client.ts#pdfConcurrency': 'configuration: a number',
  'lib/server/jobs/workers.ts#registerWorkers': 'server start-up: registers the job handlers',
  'lib/server/jobs/publication-jobs.ts#enqueueIssuePublication': 'step of scheduleIssue, which checks issue.publish first',
  'lib/server/jobs/publication-jobs.ts#cancelIssuePublication': 'step of cancelSchedule, which checks issue.publish first',
  'lib/server/jobs/publication-jobs.ts#runIssuePublication': 'the publish job: publishes only what a chief editor scheduled',
  'lib/server/jobs/publication-jobs.ts#runPublicationSweep': 'the sweep job: publishes only what a chief editor scheduled',
  'lib/server/jobs/cache-refresh.ts#requestCacheRefresh': 'enqueues a rebuild of the public reader pages; reveals nothing',
  'lib/server/jobs/cache-refresh.ts#runCacheRefresh': 'the refresh job: POSTs the server its own token',
  'lib/server/print/pdf-route.ts#pdfRoute': 'the PDF routes\' session → refusal-to-HTTP wrapper; the work inside is a use case',
  'lib/server/print/pdf-export.ts#runPdfRenderJob': 'the render job: prints with a pass for the staff member startPdfExport checked',
  'lib/server/revalidation-token.ts#revalidationToken': 'HMAC of the server secret',
  'lib/server/revalidation-token.ts#isRevalidationToken': 'HMAC comparison',
  'lib/server/site-url.ts#siteUrl': 'the public origin',
  'lib/server/site-url.ts#absoluteUrl': 'the public origin',
  'lib/server/site-url-config.ts#parseSiteUrl': 'reads SITE_URL; no data',
  'lib/server/site-url-config.ts#siteOrigin': 'the public origin from the environment; no data',
  'lib/server/site-url-config.ts#checkSiteUrlAtStart': 'server start-up: refuses a production server without SITE_URL',
  'lib/server/site-url-config.ts#SiteUrlError': 'the error for a missing or unusable SITE_URL',
  'lib/server/storage/object-store.ts#objectStore': 'file storage, behind uploadMedia/getMediaFile and the PDF renders',
  'lib/server/storage/folder-store.ts#folderStore': 'file storage back end, behind objectStore',
  'lib/server/storage/folder-store.ts#storeFolder': 'file storage back end, behind objectStore',
  'lib/server/storage/s3-store.ts#s3Store': 'file storage back end (S3-compatible), behind objectStore',
  'lib/server/storage/s3-store.ts#S3RequestError': 'the error the S3 back end throws for a failed request',
  'lib/server/storage/storage-config.ts#storageSettings': 'reads the storage settings from the environment; no data',
  'lib/server/storage/storage-config.ts#storageSignature': 'a fingerprint of the storage settings; no data',
  'lib/server/storage/storage-config.ts#checkStorageSettingsAtStart': 'server start-up: refuses unusable storage settings',
  'lib/server/storage/storage-config.ts#StorageConfigError': 'the error for unusable storage settings',
  'lib/server/storage/copy-folder.ts#copyFolderToStore': 'operator script storage:copy: copies a folder into a store; no actor, no database',
  'lib/server/media/media-store.ts#storageUnavailable': 'the refusal writeMediaFiles throws when the object store fails',
  'lib/server/media/media-store.ts#writeMediaFiles': 'file storage, behind uploadMedia',
  'lib/server/media/media-store.ts#removeMediaFiles': 'file storage, behind uploadMedia',
  'lib/server/media/media-store.ts#readMediaFile': 'file storage, behind getMediaFile',
  'lib/server/media/process-image.ts#processImage': 'image decoding, behind uploadMedia',
  'lib/server/publication/nameplate.ts#storeNameplateImage': 'image checking and storage behind updatePublication, which checks publication.manage first',
  'lib/server/print/render-pdf.ts#renderPdf': 'headless browser printing a page that checks its own viewer',
  'lib/server/print/render-pdf.ts#PdfBusyError': 'the error renderPdf throws when its print queue is full',
  'lib/server/article/lock-article.ts#lockArticleForWrite': 'a step inside updateArticle and restoreRevision, which check first; takes a transaction client',
  'lib/server/article/lock-article.ts#isInIssueGoneOut': 'a pure rule on a story already read',
  'lib/server/assert-can.ts#assertCan': 'the permission check itself, called by the use cases',
  'lib/server/collab/collab-actor.ts#actorFromCookieHeader': 'reads the session cookie of a collaboration socket, as getActor does for requests',
  'lib/server/db-channel.ts#listenToChannel': 'infrastructure: LISTEN on a PostgreSQL channel for the collaboration server and the page cache; reads no data',
  'lib/server/direct-routes/direct-route-registry.ts#registerDirectRoute': 'a route file registers its own GET, which checks what it serves itself (the reader search shows only published stories)',
  'lib/server/direct-routes/direct-route-registry.ts#clearDirectRoutes': 'for tests: forgets the registered routes; no data',
  'lib/server/direct-routes/direct-route-registry.ts#findDirectRoute': 'a pure rule on a path; no data',
  'lib/server/direct-routes/serve-direct-route.ts#readHeaderRules': 'reads the build\'s header rules; no data',
  'lib/server/direct-routes/serve-direct-route.ts#configHeadersFor': 'a pure rule on a path; no data',
  'lib/server/direct-routes/serve-direct-route.ts#createDirectRouteServer': 'the app server calls a registered public route handler, as Next.js would; tested in lib/server/direct-routes/serve-direct-route.test.ts and e2e/direct-search-cluster.spec.ts',
  'lib/server/page-cache/follow-reader-changes.ts#followReaderChanges': 'infrastructure: empties a page cache when readers\' content changes; tested in tests/integration/page-cache.test.ts',
  'lib/server/page-cache/memory-page-cache.ts#sharedCacheLifetime': 'a pure rule on a Cache-Control header; no data',
  'lib/server/page-cache/memory-page-cache.ts#MemoryPageCache': 'the page cache itself: keeps only responses Next.js marked public (Cache-Control public, no Set-Cookie); tested in tests/integration/page-cache.test.ts',
  'lib/server/page-cache/process-page-cache.ts#createProcessPageCache': 'server start-up: the app server creates its page cache',
  'lib/server/page-cache/process-page-cache.ts#forgetPagesKeptHere': 'empties this process\'s page cache; called by readerPagesChanged after the action\'s own check',
  'lib/server/page-cache/serve-from-page-cache.ts#isReaderAddress': 'a pure rule on a path; no data',
  'lib/server/page-cache/serve-from-page-cache.ts#pageCacheKey': 'a pure rule on a request; no data',
  'lib/server/page-cache/serve-from-page-cache.ts#serveWithPageCache': 'the app server\'s front door: serves only pages Next.js rendered for everyone (public, no cookie), never a newsroom or API address; tested in tests/integration/page-cache.test.ts',
  'lib/server/reader-pages-changed.ts#readerPagesChanged': 'a step after a checked action (publish, correct, settings): revalidates caches and announces the change; reads no data',
  'lib/server/collab/collab-server.ts#startCollabServer': 'server start-up: the collaboration server, which checks sharedStoryAccess per connection and per change',
  'lib/server/collab/shared-story-state.ts#sharedStoryAccess': 'the collaboration server\'s read/edit check itself (canReadArticle, canEditArticle); tested in tests/integration/collaboration.test.ts',
  'lib/server/collab/shared-story-state.ts#loadSharedStoryState': 'a step after sharedStoryAccess: the collaboration server loads a document only for a connection it authenticated',
  'lib/server/collab/shared-story-state.ts#writeColumnsToSharedState': 'a step inside updateArticle, restoreRevision and correctArticle, which check first; takes a transaction client',
  'lib/server/collab/shared-story-state.ts#contentOfSharedState': 'reads a shared document sent with a new story; no data',
  'lib/server/collab/shared-story-state.ts#keepSharedState': 'a step inside createArticle, which checks first; takes a transaction client',
  'lib/server/form-data.ts#formDataToObject': 'parses a submitted form; no data',
  'lib/server/peer-address.ts#stampPeerAddresses': 'server start-up: stamps each request with its peer address',
  'lib/server/reader/api-views.ts#publicBody': 'shapes a published body for the JSON API; no data',
  'lib/server/staff/password-rules.ts#assertPasswordAllowed': 'the password policy, called by the use cases that set passwords',
};

/** Exports that take `{ actor, … }` yet need no row: steps only called by use cases that check first. */
const STEPS = new Set(['lib/server/issue/move-issue.ts#moveIssue']);

// ---------------------------------------------------------------------------
// Public readers: no actor, so nothing unpublished may come out of them.

type ReaderFixture = {
  slug: string;
  hiddenSlug: string;
  visible: { number: number; storyId: string; date: string };
  hidden: { number: number; storyId: string; status: IssueStatus }[];
  marker: string;
};
let readers: ReaderFixture;

/** What each reader shows, as issue numbers and story ids, to compare with what may be shown. */
const PUBLIC_READERS: Record<string, (r: ReaderFixture) => Promise<{ numbers?: number[]; stories?: string[]; slugs?: string[] }>> = {
  'lib/server/reader/published-issues.ts#getPublishedPublication': async (r) => {
    const { getPublishedPublication } = await import('@/lib/server/reader/published-issues');
    const slugs = [await getPublishedPublication(r.slug), await getPublishedPublication(r.hiddenSlug)].flatMap((p) => (p ? [p.slug] : []));
    return { slugs };
  },
  'lib/server/reader/published-issues.ts#getLatestPublishedIssue': async (r) => {
    const { getLatestPublishedIssue } = await import('@/lib/server/reader/published-issues');
    const issue = await getLatestPublishedIssue({ publicationSlug: r.slug });
    return { numbers: issue ? [issue.number] : [], stories: storiesOf(issue) };
  },
  'lib/server/reader/published-issues.ts#getPublishedIssue': async (r) => {
    const { getPublishedIssue } = await import('@/lib/server/reader/published-issues');
    const found = await Promise.all([r.visible.number, ...r.hidden.map((h) => h.number)].map((number) => getPublishedIssue({ publicationSlug: r.slug, number })));
    return { numbers: found.flatMap((issue) => (issue ? [issue.number] : [])), stories: found.flatMap(storiesOf) };
  },
  'lib/server/reader/published-issues.ts#getNeighbouringIssues': async (r) => {
    const { getNeighbouringIssues } = await import('@/lib/server/reader/published-issues');
    // Asked about each hidden number too: a neighbour of theirs is visible, they never are.
    const answers = await Promise.all([r.visible.number, ...r.hidden.map((h) => h.number)].map((number) => getNeighbouringIssues({ publicationSlug: r.slug, number })));
    return { numbers: answers.flatMap((a) => [a.previous?.number, a.next?.number].filter((n): n is number => n !== undefined)) };
  },
  'lib/server/reader/published-issues.ts#listPublishedIssueSummaries': async (r) => {
    const { listPublishedIssueSummaries } = await import('@/lib/server/reader/published-issues');
    return { numbers: (await listPublishedIssueSummaries({ publicationSlug: r.slug, limit: 50 })).map((i) => i.number) };
  },
  'lib/server/reader/archive.ts#listPublishedIssuesInMonth': async (r) => {
    const { listPublishedIssuesInMonth } = await import('@/lib/server/reader/archive');
    const [year, month] = r.visible.date.split('-').map(Number);
    return { numbers: (await listPublishedIssuesInMonth({ publicationSlug: r.slug, year, month })).map((i) => i.number) };
  },
  'lib/server/reader/archive.ts#publishedDateRange': async (r) => {
    const { publishedDateRange } = await import('@/lib/server/reader/archive');
    const range = await publishedDateRange(r.slug);
    // The hidden issues are dated after the visible one: a leak moves `last`.
    return { numbers: range ? [...new Set([range.first, range.last])].map((date) => numberOnDate(r, date)) : [] };
  },
  'lib/server/reader/feed-items.ts#listRecentPublishedStories': async (r) => {
    const { listRecentPublishedStories } = await import('@/lib/server/reader/feed-items');
    const items = await listRecentPublishedStories({ publicationSlug: r.slug, issues: 50 });
    return { numbers: [...new Set(items.map((i) => i.issueNumber))], stories: items.map((i) => i.id) };
  },
  'lib/server/reader/feed-items.ts#listPublicationsWithPublishedIssues': async (r) => {
    const { listPublicationsWithPublishedIssues } = await import('@/lib/server/reader/feed-items');
    return { slugs: (await listPublicationsWithPublishedIssues()).map((p) => p.slug).filter((slug) => slug === r.slug || slug === r.hiddenSlug) };
  },
  'lib/server/reader/search-published.ts#searchPublishedStories': async (r) => {
    const { searchPublishedStories } = await import('@/lib/server/reader/search-published');
    return { stories: (await searchPublishedStories({ publicationSlug: r.slug, query: r.marker, page: 1 })).results.map((result) => result.articleId) };
  },
  'lib/server/reader/sitemap.ts#listSitemapChunks': async (r) => {
    const { listSitemapChunks } = await import('@/lib/server/reader/sitemap');
    const chunks = (await listSitemapChunks()).filter((chunk) => chunk.publicationSlug === r.slug || chunk.publicationSlug === r.hiddenSlug);
    return { slugs: [...new Set(chunks.map((c) => c.publicationSlug))], numbers: chunks.flatMap((c) => [c.fromNumber, c.toNumber]) };
  },
  'lib/server/reader/sitemap.ts#listSitemapEntries': async (r) => {
    const { listSitemapChunks, listSitemapEntries } = await import('@/lib/server/reader/sitemap');
    const index = (await listSitemapChunks()).findIndex((chunk) => chunk.publicationSlug === r.slug) + 1;
    const urls = [...((await listSitemapEntries(0)) ?? []), ...(index > 0 ? ((await listSitemapEntries(index)) ?? []) : [])].map((entry) => entry.url);
    const slugs = [r.slug, r.hiddenSlug].filter((slug) => urls.includes(`/${slug}`));
    const numbers = urls.flatMap((url) => (url.startsWith(`/${r.slug}/`) ? [Number(url.split('/')[2])] : [])).filter(Number.isInteger);
    const stories = urls.flatMap((url) => [r.visible.storyId, ...r.hidden.map((h) => h.storyId)].filter((id) => url.includes(id)));
    return { slugs, numbers: [...new Set(numbers)], stories };
  },
  'lib/server/reader/reader-pdf.ts#getReaderPdf': async (r) => {
    const { getReaderPdf } = await import('@/lib/server/reader/reader-pdf');
    const answers = await Promise.all([r.visible.number, ...r.hidden.map((h) => h.number)].map(async (number) => ({ number, answer: await getReaderPdf({ publicationSlug: r.slug, issueNumber: number, page: null }) })));
    return { numbers: answers.filter((a) => a.answer.state !== 'notFound').map((a) => a.number) };
  },
  'lib/server/media/get-media-file.ts#isMediaPublished': async () => {
    const { isMediaPublished } = await import('@/lib/server/media/get-media-file');
    return { stories: [(await isMediaPublished(publishedImage)) ? 'published image' : '', (await isMediaPublished(unpublishedImage)) ? 'unpublished image' : ''].filter(Boolean) };
  },
};

function storiesOf(issue: { pages: { slots: { placement: { article: { id: string } } | null }[] }[] } | null): string[] {
  return issue ? issue.pages.flatMap((page) => page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article.id] : []))) : [];
}
function numberOnDate(r: ReaderFixture, date: string): number {
  if (date === r.visible.date) return r.visible.number;
  return r.hidden.find((h) => issueDate(h.number) === date)?.number ?? -1;
}

// ---------------------------------------------------------------------------

beforeAll(async () => {
  process.env.MEDIA_DIR = await mkdtemp(path.join(tmpdir(), 'masthead-matrix-media-'));
  // The matrix's own paper, so its issues never change what other tests read of the demo paper.
  const demo = await db.publication.findFirstOrThrow({ where: { isDefault: true } });
  const { id: _id, createdAt: _c, updatedAt: _u, slug: _s, isDefault: _d, weekdayPages, ...fields } = demo;
  publication = await db.publication.create({ data: { ...fields, weekdayPages: weekdayPages as object, pageFormat: demo.pageFormat as object, slug: `matrix-${RUN}`, isDefault: false }, select: { id: true, slug: true } });
  // Another paper, whose staff must be refused everything of the matrix paper.
  otherPaper = await db.publication.create({ data: { ...fields, weekdayPages: weekdayPages as object, pageFormat: demo.pageFormat as object, slug: `matrix-other-${RUN}`, isDefault: false }, select: { id: true, slug: true } });
  wanted.publicationId = publication.id;

  // The demo accounts that make the fixtures work on the matrix paper's staff too.
  const fixtureRoles = { reporter: 'REPORTER', reporter2: 'REPORTER', editor: 'EDITOR', pageEditor: 'PAGE_EDITOR', chiefEditor: 'CHIEF_EDITOR' } as const;
  for (const [key, role] of Object.entries(fixtureRoles)) {
    const { id } = await db.staff.findUniqueOrThrow({ where: { email: DEMO_STAFF.find((s) => s.key === key)!.email }, select: { id: true } });
    await db.publicationMembership.create({ data: { staffId: id, publicationId: publication.id, roles: [role] } });
  }
  const keys = ['reporter', 'reporter2', 'editor', 'pageEditor', 'chiefEditor', 'admin'] as const;
  staff = Object.fromEntries(await Promise.all(keys.map(async (key) => [key, await actorIn(key, publication.id)]))) as typeof staff;
  const demoTemplates = await db.pageTemplate.findMany({ where: { publicationId: demo.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  for (const [index, template] of demoTemplates.entries()) {
    await db.pageTemplate.create({ data: { publicationId: publication.id, name: template.name, front: template.front, slots: template.slots as object, createdAt: new Date(Date.now() - (demoTemplates.length - index) * 1000) } });
  }
  templates = (await db.pageTemplate.findMany({ where: { publicationId: publication.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })).map((t) => ({
    id: t.id,
    name: t.name,
    front: t.front,
    hasGuide: (t.slots as { kind: string }[]).some((slot) => slot.kind === 'GUIDE'),
  }));

  // Images: one in a published story, one in a story still on the desk.
  photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a7a9c' } }).jpeg().toBuffer();
  publishedImage = (await uploadMedia({ actor: staff.reporter, fileName: '矩阵公开.jpg', bytes: photo })).id;
  unpublishedImage = (await uploadMedia({ actor: staff.reporter, fileName: '矩阵未发.jpg', bytes: photo })).id;

  // Readers: one published issue, then later ones in every state a visitor must not see.
  const marker = `矩阵见报${RUN}`;
  const withMarker = async (issueId: string, image?: string) => {
    const placed = await db.placement.findFirstOrThrow({ where: { slot: { page: { issueId } } }, select: { articleId: true } });
    await db.article.update({ where: { id: placed.articleId }, data: { headline: `${marker}标题`, bodyText: `${marker}正文`, ...(image ? { body: figureBody(image) } : {}) } });
    if (image) await db.articleMedia.create({ data: { articleId: placed.articleId, mediaId: image } });
    await syncReaderSearchEntries(db, issueId);
    return placed.articleId;
  };
  const visible = await issue({ status: 'PUBLISHED', stories: 1, signed: true });
  const visibleStory = await withMarker(visible.id, publishedImage);
  const hidden = [];
  for (const status of ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF', 'SCHEDULED'] as const) {
    const made = await issue({ status, stories: 1, signed: status !== 'PLANNING' });
    hidden.push({ number: made.number, status, storyId: await withMarker(made.id, status === 'SIGNED_OFF' ? unpublishedImage : undefined) });
  }
  // A paper with nothing published: not listed anywhere a visitor looks.
  const hiddenSlug = `matrix-hidden-${RUN}`;
  const hiddenPaper = await db.publication.create({ data: { ...fields, weekdayPages: weekdayPages as object, pageFormat: demo.pageFormat as object, slug: hiddenSlug, isDefault: false }, select: { id: true } });
  await db.issue.create({ data: { publicationId: hiddenPaper.id, number: 1, date: new Date(issueDate(1)), status: 'SIGNED_OFF', masthead: {}, pageFormat: {} } });
  readers = { slug: publication.slug, hiddenSlug, visible: { number: visible.number, storyId: visibleStory, date: issueDate(visible.number) }, hidden, marker };
});

afterAll(async () => {
  // Pages, placements and search entries go with their issues; the stories stay, unplaced.
  await db.issue.deleteMany({ where: { publication: { slug: { startsWith: 'matrix-' } } } });
  // The stories written for the matrix's papers go with them; their audit rows stay.
  await db.article.deleteMany({ where: { publication: { slug: { startsWith: 'matrix-' } } } });
  await db.publication.deleteMany({ where: { slug: { startsWith: 'matrix-' } } });
  // The matrix's jobs (failed publish jobs, queued PDF exports) are not left for other tests' workers.
  await (await jobQueue()).getDb().executeSql(`DELETE FROM pgboss.job WHERE name IN ('issue-publish', 'pdf-render')`, []);
  await stopJobs();
  await db.$disconnect();
});

// ---------------------------------------------------------------------------

describe('the list of use cases comes from lib/server', () => {
  const exported = dataLayerModules().flatMap(exportedFunctionsOf);
  const key = (f: { file: string; name: string }) => `${f.file}#${f.name}`;

  it('has a row for every exported function taking { actor, … }', () => {
    const useCases = exported.filter((f) => f.takesActorOptions && !STEPS.has(key(f))).map(key);
    expect(useCases.filter((k) => !(k in USE_CASES)), 'use cases without a row in USE_CASES').toEqual([]);
    expect(Object.keys(USE_CASES).filter((k) => !useCases.includes(k)), 'rows for functions that are not use cases (renamed or gone?)').toEqual([]);
  });

  it('classifies every other export, and none of those takes an actor', () => {
    const others = exported.filter((f) => !(key(f) in USE_CASES));
    const unclassified = others.filter((f) => !(key(f) in NOT_USE_CASES) && !(key(f) in PUBLIC_READERS)).map(key);
    expect(unclassified, 'exports in neither NOT_USE_CASES nor PUBLIC_READERS').toEqual([]);
    expect(others.filter((f) => f.takesActorOptions && !STEPS.has(key(f))).map(key)).toEqual([]);
    const listed = [...Object.keys(NOT_USE_CASES), ...Object.keys(PUBLIC_READERS)];
    expect(listed.filter((k) => !exported.some((f) => key(f) === k)), 'listed but no longer exported').toEqual([]);
  });

  it('finds at run time the same functions the source declares', async () => {
    for (const file of dataLayerModules()) {
      const module: Record<string, unknown> = await import(/* @vite-ignore */ path.resolve(import.meta.dirname, '../..', file));
      const runtime = Object.entries(module).filter(([, value]) => typeof value === 'function').map(([name]) => name).sort();
      const declared = exported.filter((f) => f.file === file).map((f) => f.name).sort();
      expect(runtime, file).toEqual(declared);
    }
  });

  it('keeps the steps that take an actor out of reach of routes and actions', () => {
    const importers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          const text = readFileSync(full, 'utf8');
          for (const step of STEPS) if (text.includes(step.split('#')[0].replace(/^lib\//, '@/lib/').replace(/\.ts$/, ''))) importers.push(`${full} imports ${step}`);
        }
      }
    };
    walk(path.resolve(import.meta.dirname, '../../app'));
    expect(importers).toEqual([]);
  });
});

// Before the matrix: its publishIssue row puts newer issues out, which would rightly become the latest.
describe('public readers never show what is not published', () => {
  for (const [name, read] of Object.entries(PUBLIC_READERS)) {
    it(name.split('#')[1], async () => {
      const shown = await read(readers);
      const hiddenNumbers = readers.hidden.map((h) => h.number);
      const hiddenStories = [...readers.hidden.map((h) => h.storyId), 'unpublished image'];
      // Leaks first, then proof that the reader does show what it may (so an empty answer cannot pass).
      expect(shown.numbers?.filter((n) => hiddenNumbers.includes(n)) ?? [], 'unpublished issues shown').toEqual([]);
      expect(shown.stories?.filter((s) => hiddenStories.includes(s)) ?? [], 'unpublished stories shown').toEqual([]);
      expect(shown.slugs?.filter((s) => s === readers.hiddenSlug) ?? [], 'paper with nothing published shown').toEqual([]);
      const showsSomething = [shown.numbers?.includes(readers.visible.number), shown.stories?.includes(readers.visible.storyId) || shown.stories?.includes('published image'), shown.slugs?.includes(readers.slug)];
      expect(showsSomething.some(Boolean), 'shows the published issue').toBe(true);
    });
  }
});

type Outcome = 'allowed' | 'refused' | { failed: string };

async function outcomeOf(useCase: Case, caller: Caller, staffIds: Record<string, string>): Promise<Outcome> {
  signedIn.staffId = staffIds[caller.name] ?? null;
  signedIn.sessionId = sessionIds[caller.name] ?? null;
  const actor = await getActor();
  if (!actor && !useCase.actorGetter) {
    // Every action reads the actor through requireActor: the signed out never reach the data layer.
    return SIGNED_OUT.has(caller.name) ? 'refused' : { failed: `no actor for ${caller.name}` };
  }
  const target = await useCase.prepare(actor);
  let result: unknown;
  try {
    result = await useCase.call((useCase.actorGetter ? useCase.actorGetter(actor) : actor) as Actor, target);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED')) {
      return (await useCase.done(target, undefined)) ? { failed: 'refused, yet the work was done' } : 'refused';
    }
    return { failed: error instanceof AppError ? `${error.code} ${error.messageKey}` : String(error) };
  }
  if (await useCase.done(target, result)) return 'allowed';
  if (useCase.refusesWithNull && result === null) return 'refused';
  if (useCase.refusesByOmission) return 'refused';
  return { failed: `returned without doing its work: ${JSON.stringify(result)?.slice(0, 120)}` };
}

const sessionIds: Record<string, string> = {};

describe('every use case, called by every role', () => {
  const staffIds: Record<string, string> = {};
  beforeAll(async () => {
    // One account per caller, holding its roles on the matrix paper's staff (ADMIN installation-wide)
    // and on the other paper's; with the demo password, for changeOwnPassword.
    const { passwordHash } = await db.staff.findUniqueOrThrow({ where: { email: DEMO_STAFF[0].email }, omit: { passwordHash: false } });
    for (const caller of CALLERS) {
      if (SIGNED_OUT.has(caller.name)) continue;
      const newsroom = caller.roles.filter((role) => role !== 'ADMIN');
      const memberships = [
        ...(newsroom.length ? [{ publicationId: publication.id, roles: newsroom }] : []),
        ...(caller.elsewhere ? [{ publicationId: otherPaper.id, roles: [...caller.elsewhere] }] : []),
      ];
      const made = await db.staff.create({
        data: { name: `矩阵${caller.name}`, email: `matrix-${caller.name.toLowerCase()}-${RUN}@masthead.local`, roles: caller.roles.filter((role) => role === 'ADMIN'), passwordHash, memberships: { create: memberships } },
        select: { id: true },
      });
      staffIds[caller.name] = made.id;
    }
    const deactivated = await db.staff.create({
      data: { name: '离职同事', email: `matrix-gone-${RUN}@masthead.local`, roles: ['ADMIN'], active: false, passwordHash: 'not-a-hash', memberships: { create: [{ publicationId: publication.id, roles: [...MEMBERSHIP_ROLES] }] } },
      select: { id: true },
    });
    staffIds.DEACTIVATED = deactivated.id;
    for (const [name, staffId] of Object.entries(staffIds)) sessionIds[name] = (await createStaffSession({ staffId, userAgent: 'role matrix' })).id;
  });

  for (const [name, cases] of Object.entries(USE_CASES)) {
    for (const useCase of cases) {
      it(`${name.split('#')[1]}${useCase.label ? ` (${useCase.label})` : ''}: ${describeRule(useCase.rule)}`, async () => {
        const mismatches: string[] = [];
        for (const caller of CALLERS) {
          const expected = ruleAllows(useCase.rule, caller) ? 'allowed' : 'refused';
          const actual = await outcomeOf(useCase, caller, staffIds);
          if (actual !== expected) mismatches.push(`${caller.name}: expected ${expected}, got ${typeof actual === 'string' ? actual : `failure (${actual.failed})`}`);
        }
        expect(mismatches).toEqual([]);
      });
    }
  }
});

