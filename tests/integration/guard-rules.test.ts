// The small rules every use case leans on, each on a real database: who the
// session says is acting, what a visitor may see, when an issue's pages may still
// change, what a change to a signed page undoes, and the conditional writes that
// keep two people from overwriting each other.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaffSession } from '@/lib/auth/staff-sessions';
import { AppError } from '@/lib/errors';
import type { IssueStatus } from '@/lib/generated/prisma/enums';
import { assertCan, getActor, requireActor, type Actor } from '@/lib/server/session';
import { publishedIssueWhere, visibleIssueCondition } from '@/lib/server/reader/published-scope';
import { lockEditableIssue, withdrawSignatures } from '@/lib/server/issue/issue-guards';
import { saveArticleVersion } from '@/lib/server/article/save-article-version';
import { moveIssue } from '@/lib/server/issue/move-issue';
import { moveArticle } from '@/lib/server/article/move-article';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { createArticle } from '@/lib/server/article/create-article';
import { bodyFromParagraphs } from '@/lib/tiptap/body';
import { actorFor, testDb } from '../support/actors';
import { storyInput } from '../support/stories';

// The session next-auth would hand over: none, one without a user, or one naming a staff member.
// The cookie names a staff member and the StaffSession it belongs to, as Auth.js's does.
const signedIn = vi.hoisted(() => ({ staffId: null as string | null, sessionId: null as string | null, withoutUser: false }));
vi.mock('@/lib/auth', () => ({
  auth: async () => (signedIn.withoutUser ? { expires: '' } : signedIn.staffId ? { user: { id: signedIn.staffId }, sessionId: signedIn.sessionId } : null),
}));

const db = testDb();
const RUN = Date.now().toString(36);
const HOUR = 3_600_000;
let chief: Actor;
let reporter: Actor;
let reporter2: Actor;
let editor: Actor;
let paper: { id: string; slug: string };
let issueCount = 0;

/** An issue of this file's own paper with `pages` pages, some signed. */
async function issueIn(status: IssueStatus, { pages = 2, signed = [] as number[], publishAt = null as Date | null } = {}) {
  const number = ++issueCount;
  return db.issue.create({
    data: {
      publicationId: paper.id,
      number,
      date: new Date(Date.UTC(2050, 0, number)),
      masthead: {},
      pageFormat: {},
      status,
      publishAt,
      ...(status === 'SIGNED_OFF' ? { signedOffAt: new Date(), signedOffById: chief.id } : {}),
      pages: {
        create: Array.from({ length: pages }, (_, index) => ({
          number: index + 1,
          name: `第${index + 1}版`,
          ...(signed.includes(index + 1) ? { signedAt: new Date(), signedById: chief.id } : {}),
        })),
      },
    },
    select: { id: true, number: true, pages: { orderBy: { number: 'asc' }, select: { id: true, number: true } } },
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error) => (error instanceof AppError ? `${error.code} ${error.messageKey}` : String(error)),
  );

beforeAll(async () => {
  [chief, reporter, reporter2, editor] = await Promise.all([actorFor('chiefEditor'), actorFor('reporter'), actorFor('reporter2'), actorFor('editor')]);
  const demo = await db.publication.findFirstOrThrow({ where: { isDefault: true }, select: { name: true, pageFormat: true } });
  paper = await db.publication.create({ data: { slug: `guards-${RUN}`, name: demo.name, pageFormat: demo.pageFormat as object }, select: { id: true, slug: true } });
  // The chief editor signs this file's paper too.
  await db.publicationMembership.create({ data: { staffId: chief.id, publicationId: paper.id, roles: ['CHIEF_EDITOR'] } });
  chief = { ...chief, memberships: [...chief.memberships, { publicationId: paper.id, roles: ['CHIEF_EDITOR'] }] };
});

afterAll(async () => {
  await db.issue.deleteMany({ where: { publicationId: paper.id } });
  await db.publication.delete({ where: { id: paper.id } });
  await db.$disconnect();
});

describe('the session', () => {
  it('has no actor without a signed-in staff member', async () => {
    signedIn.staffId = null;
    expect(await getActor()).toBeNull();
    expect(await refusal(requireActor())).toBe('UNAUTHENTICATED unauthenticated');
    signedIn.withoutUser = true;
    expect(await getActor()).toBeNull();
    signedIn.withoutUser = false;
    // A cookie that names a staff member but no session (one issued before sessions were kept) is not enough.
    const chiefSession = await createStaffSession({ staffId: chief.id, userAgent: 'guard rules' });
    signedIn.staffId = chief.id;
    signedIn.sessionId = null;
    expect(await getActor()).toBeNull();
    // Nor is a session without a staff member.
    signedIn.staffId = null;
    signedIn.sessionId = chiefSession.id;
    expect(await getActor()).toBeNull();
    signedIn.sessionId = null;
  });

  it('reads the signed-in staff member fresh from the database', async () => {
    signedIn.staffId = chief.id;
    signedIn.sessionId = (await createStaffSession({ staffId: chief.id, userAgent: 'guard rules' })).id;
    expect(await getActor()).toEqual({
      id: chief.id,
      name: chief.name,
      email: chief.email,
      roles: [],
      memberships: chief.memberships,
      publicationId: chief.publicationId,
      sessionId: signedIn.sessionId,
    });
    expect(await requireActor()).toEqual({ ...chief, sessionId: signedIn.sessionId });
  });

  it('has no actor for a deactivated account or one that no longer exists', async () => {
    const gone = await db.staff.create({ data: { name: '离职', email: `guards-gone-${RUN}@masthead.local`, roles: ['ADMIN'], active: false, passwordHash: 'x' }, select: { id: true } });
    signedIn.staffId = gone.id;
    signedIn.sessionId = (await createStaffSession({ staffId: gone.id, userAgent: 'guard rules' })).id;
    expect(await getActor()).toBeNull();
    expect(await refusal(requireActor())).toBe('UNAUTHENTICATED unauthenticated');
    signedIn.staffId = 'no-such-staff';
    expect(await getActor()).toBeNull();
  });

  it('refuses a permission the actor lacks with FORBIDDEN, and passes one they hold', () => {
    expect(() => assertCan(chief, 'issue.publish', paper.id)).not.toThrow();
    expect(() => assertCan(reporter, 'issue.publish', paper.id)).toThrow(expect.objectContaining({ code: 'FORBIDDEN', messageKey: 'forbidden' }));
    expect(() => assertCan({ ...reporter, roles: [], memberships: [] }, 'newsroom.enter')).toThrow(AppError);
  });

  it('holds a publication-scoped permission only in the publications where the role is held', () => {
    const elsewhere = { ...chief, memberships: chief.memberships.filter((m) => m.publicationId !== paper.id) };
    expect(() => assertCan(elsewhere, 'issue.publish', paper.id)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertCan(chief, 'issue.publish', 'some-other-paper')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    // Unscoped permissions: any membership grants them.
    expect(() => assertCan(elsewhere, 'newsroom.enter')).not.toThrow();
  });
});

describe('what a visitor may see', () => {
  it('is a published issue, or a scheduled one whose time has come', async () => {
    const now = new Date();
    const issues = {
      published: await issueIn('PUBLISHED'),
      scheduledPast: await issueIn('SCHEDULED', { publishAt: new Date(now.getTime() - HOUR) }),
      scheduledNow: await issueIn('SCHEDULED', { publishAt: now }),
      scheduledFuture: await issueIn('SCHEDULED', { publishAt: new Date(now.getTime() + HOUR) }),
      planning: await issueIn('PLANNING', { publishAt: new Date(now.getTime() - HOUR) }),
      awaiting: await issueIn('AWAITING_SIGN_OFF'),
      signedOff: await issueIn('SIGNED_OFF', { publishAt: new Date(now.getTime() - HOUR) }),
    };
    const ids = Object.values(issues).map((i) => i.id);
    const seen = await db.issue.findMany({ where: { id: { in: ids }, ...visibleIssueCondition(now) }, select: { id: true } });
    const names = Object.entries(issues).filter(([, i]) => seen.some((s) => s.id === i.id)).map(([name]) => name);
    expect(names.sort()).toEqual(['published', 'scheduledNow', 'scheduledPast']);
    // Without a time given, the rule is about now.
    const seenNow = await db.issue.findMany({ where: { id: { in: ids }, ...visibleIssueCondition() }, select: { id: true } });
    expect(seenNow.map((s) => s.id).sort()).toEqual([issues.published.id, issues.scheduledNow.id, issues.scheduledPast.id].sort());
  });

  it('is scoped to the paper named, or to the default paper when none is', async () => {
    const ours = await issueIn('PUBLISHED');
    const inOurs = await db.issue.findMany({ where: { id: ours.id, ...publishedIssueWhere(paper.slug) }, select: { id: true } });
    expect(inOurs).toHaveLength(1);
    expect(await db.issue.count({ where: { id: ours.id, ...publishedIssueWhere('some-other-paper') } })).toBe(0);
    // This paper is not the default one.
    expect(await db.issue.count({ where: { id: ours.id, ...publishedIssueWhere() } })).toBe(0);
    const hidden = await issueIn('SIGNED_OFF');
    expect(await db.issue.count({ where: { id: hidden.id, ...publishedIssueWhere(paper.slug) } })).toBe(0);
    const defaultPaperIssues = await db.issue.findMany({ where: publishedIssueWhere(), select: { publication: { select: { isDefault: true } }, status: true } });
    expect(defaultPaperIssues.length).toBeGreaterThan(0);
    expect(defaultPaperIssues.every((i) => i.publication.isDefault && (i.status === 'PUBLISHED' || i.status === 'SCHEDULED'))).toBe(true);
  });
});

describe('locking an issue for a layout change', () => {
  const lock = (issueId: string) => db.$transaction((tx) => lockEditableIssue(tx, issueId, { actor: chief, permission: 'issue.read' }));
  const layoutVersion = async (id: string) => (await db.issue.findUniqueOrThrow({ where: { id }, select: { layoutVersion: true } })).layoutVersion;

  it('lets pages change until the issue is published or scheduled, and bumps its layout version', async () => {
    for (const status of ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'] as const) {
      const issue = await issueIn(status);
      await expect(lock(issue.id), status).resolves.toEqual({ publicationId: paper.id });
      expect(await layoutVersion(issue.id), status).toBe(2);
    }
    for (const status of ['PUBLISHED', 'SCHEDULED'] as const) {
      const issue = await issueIn(status, { publishAt: new Date(Date.now() + HOUR) });
      expect(await refusal(lock(issue.id)), status).toBe('CONFLICT issueLocked');
      // The refusal rolls the bump back.
      expect(await layoutVersion(issue.id), status).toBe(1);
    }
  });

  it('says NOT_FOUND for an issue that does not exist', async () => {
    expect(await refusal(lock('no-such-issue'))).toBe('NOT_FOUND notFound');
  });
});

describe('withdrawing signatures after a change', () => {
  const withdraw = (issueId: string, pageIds: string[]) => db.$transaction((tx) => withdrawSignatures(tx, { actor: chief, issueId, pageIds }));
  const pagesOf = (issueId: string) => db.page.findMany({ where: { issueId }, orderBy: { number: 'asc' }, select: { signedAt: true, signedById: true } });
  const auditOf = (issueId: string) => db.auditEvent.findMany({ where: { entityId: issueId }, orderBy: { createdAt: 'asc' }, select: { action: true, entityType: true, details: true, actorId: true } });

  it('unsigns the changed signed pages only, and withdraws the sign-off', async () => {
    const issue = await issueIn('SIGNED_OFF', { pages: 3, signed: [1, 2, 3] });
    await withdraw(issue.id, [issue.pages[0].id, issue.pages[2].id]);
    const pages = await pagesOf(issue.id);
    expect(pages.map((p) => p.signedAt !== null)).toEqual([false, true, false]);
    expect(pages.map((p) => p.signedById)).toEqual([null, chief.id, null]);
    const after = await db.issue.findUniqueOrThrow({ where: { id: issue.id }, select: { status: true, signedOffAt: true, signedOffById: true } });
    expect(after).toEqual({ status: 'AWAITING_SIGN_OFF', signedOffAt: null, signedOffById: null });
    expect(await auditOf(issue.id)).toEqual([
      { action: 'page.signatureWithdrawn', entityType: 'issue', details: { page: 1 }, actorId: chief.id },
      { action: 'page.signatureWithdrawn', entityType: 'issue', details: { page: 3 }, actorId: chief.id },
      { action: 'issue.signOffWithdrawn', entityType: 'issue', details: null, actorId: chief.id },
    ]);
  });

  it('leaves an issue under review in review, recording only the pages', async () => {
    const issue = await issueIn('AWAITING_SIGN_OFF', { pages: 2, signed: [2] });
    await withdraw(issue.id, [issue.pages[1].id]);
    expect((await pagesOf(issue.id)).map((p) => p.signedAt)).toEqual([null, null]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe('AWAITING_SIGN_OFF');
    expect((await auditOf(issue.id)).map((e) => e.action)).toEqual(['page.signatureWithdrawn']);
  });

  it('changes nothing when none of the pages was signed', async () => {
    const issue = await issueIn('SIGNED_OFF', { pages: 2, signed: [2] });
    await withdraw(issue.id, [issue.pages[0].id]);
    expect((await pagesOf(issue.id)).map((p) => p.signedAt !== null)).toEqual([false, true]);
    expect((await db.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe('SIGNED_OFF');
    expect(await auditOf(issue.id)).toEqual([]);
  });
});

describe('saving a version of a story', () => {
  const edit = (id: string, version: number, headline: string) => ({ ...storyInput(headline, '新的正文。'), id, version, bylines: ['周明远', '特约 某某'] });
  const save = (input: ReturnType<typeof edit>) => db.$transaction((tx) => saveArticleVersion(tx, input, reporter.publicationId!));

  it('writes the edit on top of the version it was based on, and returns the next version', async () => {
    const article = await createArticle({ actor: reporter, input: storyInput(`版本${RUN}`) });
    expect(await save(edit(article.id, 1, '第二版'))).toBe(2);
    expect(await save(edit(article.id, 2, '第三版'))).toBe(3);
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { bylines: { orderBy: { position: 'asc' } } } });
    expect(saved).toMatchObject({ headline: '第三版', version: 3, bodyText: '新的正文。', body: bodyFromParagraphs(['新的正文。']) });
    // Bylines are replaced, in order; a name that is a staff member's links to them.
    expect(saved.bylines.map((b) => [b.position, b.name, b.staffId])).toEqual([
      [0, '周明远', reporter.id],
      [1, '特约 某某', null],
    ]);
  });

  it("touches no other story's bylines", async () => {
    const other = await createArticle({ actor: reporter, input: storyInput(`旁边的稿件${RUN}`) });
    const article = await createArticle({ actor: reporter, input: storyInput(`本稿${RUN}`) });
    await save(edit(article.id, 1, '改过'));
    expect(await db.articleByline.findMany({ where: { articleId: other.id }, select: { name: true } })).toEqual([{ name: '周明远' }]);
  });

  it('refuses an edit based on a version someone else already replaced, writing nothing', async () => {
    const article = await createArticle({ actor: reporter, input: storyInput(`冲突${RUN}`) });
    await save(edit(article.id, 1, '先到的'));
    expect(await refusal(save(edit(article.id, 1, '后到的')))).toBe('CONFLICT articleChangedElsewhere');
    expect(await refusal(save(edit(article.id, 3, '来自未来的')))).toBe('CONFLICT articleChangedElsewhere');
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { headline: true, version: true } });
    expect(saved).toEqual({ headline: '先到的', version: 2 });
  });
});

describe('moving an issue along its workflow', () => {
  const statusOf = async (id: string) => (await db.issue.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

  it('moves from the state the actor saw, with its data, its extra step and its audit row, in one go', async () => {
    const issue = await issueIn('AWAITING_SIGN_OFF');
    const also = vi.fn(async (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => tx.page.updateMany({ where: { issueId: issue.id }, data: { name: '改过' } }));
    await moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'AWAITING_SIGN_OFF', data: { status: 'PLANNING', sentBackReason: '重排' }, action: 'issue.test', details: { reason: '重排' }, also });
    expect(await db.issue.findUniqueOrThrow({ where: { id: issue.id }, select: { status: true, sentBackReason: true } })).toEqual({ status: 'PLANNING', sentBackReason: '重排' });
    expect(also).toHaveBeenCalledOnce();
    expect((await db.page.findMany({ where: { issueId: issue.id } })).every((p) => p.name === '改过')).toBe(true);
    expect(await db.auditEvent.findMany({ where: { entityId: issue.id }, select: { action: true, entityType: true, actorId: true, details: true } })).toEqual([
      { action: 'issue.test', entityType: 'issue', actorId: chief.id, details: { reason: '重排' } },
    ]);
  });

  it('tells the second of two people that the issue moved, and writes nothing', async () => {
    const issue = await issueIn('SIGNED_OFF');
    const also = vi.fn(async () => undefined);
    expect(await refusal(moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'AWAITING_SIGN_OFF', data: { status: 'PLANNING' }, action: 'issue.test', also }))).toBe('CONFLICT issueStateChanged');
    expect(also).not.toHaveBeenCalled();
    expect(await statusOf(issue.id)).toBe('SIGNED_OFF');
    expect(await db.auditEvent.count({ where: { entityId: issue.id } })).toBe(0);
  });

  it('refuses when the further condition is not met', async () => {
    const issue = await issueIn('SCHEDULED', { publishAt: new Date(Date.now() - HOUR) });
    const notYetDue = { publishAt: { gt: new Date() } };
    expect(await refusal(moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'SCHEDULED', data: { status: 'SIGNED_OFF' }, action: 'issue.test', condition: notYetDue }))).toBe('CONFLICT issueStateChanged');
    expect(await statusOf(issue.id)).toBe('SCHEDULED');
  });

  it('says NOT_FOUND for an issue that does not exist', async () => {
    expect(await refusal(moveIssue({ actor: chief, permission: 'issue.publish', issueId: 'no-such-issue', from: 'PLANNING', data: { status: 'AWAITING_SIGN_OFF' }, action: 'issue.test' }))).toBe('NOT_FOUND notFound');
  });

  it('rolls the move back when its extra step fails', async () => {
    const issue = await issueIn('SIGNED_OFF');
    const failing = async () => {
      throw new AppError('CONFLICT', 'somethingElse');
    };
    expect(await refusal(moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'SIGNED_OFF', data: { status: 'PUBLISHED', publishedAt: new Date() }, action: 'issue.test', also: failing }))).toBe('CONFLICT somethingElse');
    expect(await statusOf(issue.id)).toBe('SIGNED_OFF');
  });

  it("keeps the reader search's entries in step with the issue's state", async () => {
    const issue = await issueIn('SIGNED_OFF', { pages: 1 });
    const story = await createArticle({ actor: reporter, input: storyInput(`检索条目${RUN}`) });
    const slot = await db.slot.create({ data: { pageId: issue.pages[0].id, name: '头条', kind: 'STORY', column: 1, row: 1, columns: 6, rows: 4 } });
    await db.placement.create({ data: { slotId: slot.id, articleId: story.id, part: 1 } });
    await moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'SIGNED_OFF', data: { status: 'PUBLISHED', publishedAt: new Date() }, action: 'issue.test' });
    expect(await db.readerSearchEntry.count({ where: { issueId: issue.id } })).toBe(1);
    await moveIssue({ actor: chief, permission: 'issue.publish', issueId: issue.id, from: 'PUBLISHED', data: { status: 'SIGNED_OFF', publishedAt: null }, action: 'issue.test' });
    expect(await db.readerSearchEntry.count({ where: { issueId: issue.id } })).toBe(0);
  });
});

describe('moving a story along its workflow', () => {
  /** A story by the reporter, put straight into `status`. */
  const storyIn = async (status: ArticleStatus, sentBackReason: string | null = null) => {
    const { id } = await createArticle({ actor: reporter, input: storyInput(`工作流${RUN}`) });
    await db.article.update({ where: { id }, data: { status, sentBackReason } });
    return id;
  };
  const stateOf = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, sentBackReason: true } });
  const movesOf = (id: string) => db.auditEvent.findMany({ where: { entityId: id, action: { not: 'article.create' } }, select: { action: true, entityType: true, actorId: true, details: true } });

  it('moves from the state the person saw, recording who moved it from where to where', async () => {
    const id = await storyIn('FILED');
    await moveArticle({ actor: editor, articleId: id, move: 'markEdited', from: 'FILED', reason: '不需要理由' });
    expect(await stateOf(id)).toEqual({ status: 'EDITED', sentBackReason: null });
    expect(await movesOf(id)).toEqual([{ action: 'article.markEdited', entityType: 'article', actorId: editor.id, details: { from: 'FILED', to: 'EDITED' } }]);
  });

  it('sends back with the reason, trimmed, and re-filing clears it', async () => {
    const id = await storyIn('READY');
    await moveArticle({ actor: editor, articleId: id, move: 'sendBack', from: 'READY', reason: '  请补充采访  ' });
    expect(await stateOf(id)).toEqual({ status: 'SENT_BACK', sentBackReason: '请补充采访' });
    expect((await movesOf(id))[0].details).toEqual({ from: 'READY', to: 'SENT_BACK', reason: '请补充采访' });
    await moveArticle({ actor: reporter, articleId: id, move: 'file' });
    expect(await stateOf(id)).toEqual({ status: 'FILED', sentBackReason: null });
  });

  it('refuses to send back without a reason', async () => {
    const id = await storyIn('FILED');
    for (const reason of [undefined, null, '', '   ']) {
      expect(await refusal(moveArticle({ actor: editor, articleId: id, move: 'sendBack', from: 'FILED', reason }))).toBe('INVALID sendBackReasonRequired');
    }
    expect((await stateOf(id)).status).toBe('FILED');
  });

  it('tells the second of two people that the story moved, and writes nothing', async () => {
    const edited = await storyIn('EDITED');
    // Seen as FILED, but someone marked it edited meanwhile.
    expect(await refusal(moveArticle({ actor: editor, articleId: edited, move: 'markEdited', from: 'FILED' }))).toBe('CONFLICT articleStateChanged');
    // A state the move cannot start from counts as a change, even if the story is in it.
    expect(await refusal(moveArticle({ actor: editor, articleId: edited, move: 'markEdited', from: 'EDITED' }))).toBe('CONFLICT articleStateChanged');
    expect((await stateOf(edited)).status).toBe('EDITED');
    expect(await movesOf(edited)).toEqual([]);
  });

  it('without the state seen, moves from any state the move allows', async () => {
    const sentBack = await storyIn('SENT_BACK', '请改');
    await moveArticle({ actor: reporter, articleId: sentBack, move: 'file' });
    expect((await stateOf(sentBack)).status).toBe('FILED');
    const placed = await storyIn('PLACED');
    expect(await refusal(moveArticle({ actor: editor, articleId: placed, move: 'sendBack', reason: '撤稿' }))).toBe('CONFLICT articleStateChanged');
  });

  it("refuses a move the role may not make, or filing someone else's story", async () => {
    const filed = await storyIn('FILED');
    expect(await refusal(moveArticle({ actor: reporter, articleId: filed, move: 'markEdited', from: 'FILED' }))).toBe('FORBIDDEN forbidden');
    const draft = await storyIn('DRAFT');
    expect(await refusal(moveArticle({ actor: reporter2, articleId: draft, move: 'file', from: 'DRAFT' }))).toBe('FORBIDDEN forbidden');
    expect(await refusal(moveArticle({ actor: editor, articleId: draft, move: 'file', from: 'DRAFT' }))).toBe('FORBIDDEN forbidden');
    expect((await stateOf(draft)).status).toBe('DRAFT');
    expect(await refusal(moveArticle({ actor: editor, articleId: 'no-such-story', move: 'markEdited', from: 'FILED' }))).toBe('NOT_FOUND notFound');
  });
});
