// The data layer on a real database: permissions refused in the function that
// does the work, concurrent edits, and the workflow's locks.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createArticle } from '@/lib/server/article/create-article';
import { updateArticle } from '@/lib/server/article/update-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { removePlacement } from '@/lib/server/issue/remove-placement';
import { submitIssue } from '@/lib/server/issue/submit-issue';
import { signOffIssue } from '@/lib/server/issue/sign-off-issue';
import { publishIssue } from '@/lib/server/issue/publish-issue';
import { cancelSchedule, scheduleIssue } from '@/lib/server/issue/schedule-issue';
import { publishDueIssues } from '@/lib/server/issue/publish-due-issues';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getLatestPublishedIssue, getPublishedIssue } from '@/lib/server/reader/published-issues';
import { searchPublishedStories } from '@/lib/server/reader/search-published';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { signPage, sendBackPage } from '@/lib/server/issue/sign-page';
import { addProofMark, resolveProofMark } from '@/lib/server/issue/proof-marks';
import { correctArticle } from '@/lib/server/article/correct-article';
import { rejectsWith, storyInput } from '../support/stories';
import { nextIssueSlot } from '../support/issue-slots';



/** The ids of the stories the reader search finds for `query`. */
async function foundByReaders(publicationSlug: string, query: string) {
  return (await searchPublishedStories({ publicationSlug, query, page: 1 })).results.map((r) => r.articleId);
}

/** The first page of an issue. */
async function pageIdOf(issueId: string) {
  const db = testDb();
  const page = await db.page.findFirstOrThrow({ where: { issueId }, orderBy: { number: 'asc' }, select: { id: true } });
  await db.$disconnect();
  return page.id;
}

let reporter: Actor, reporter2: Actor, editor: Actor, pageEditor: Actor, chief: Actor, admin: Actor;

beforeAll(async () => {
  [reporter, reporter2, editor, pageEditor, chief, admin] = await Promise.all(
    (['reporter', 'reporter2', 'editor', 'pageEditor', 'chiefEditor', 'admin'] as const).map(actorFor),
  );
});

describe('permissions are checked in the data layer', () => {
  it('refuses roles outside the permission map', async () => {
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const input = { publicationId: defaults.publication.id, number: 99001, date: '2030-01-01', pages: [{ name: '要闻', editorId: null, artEditorId: null }] };
    await rejectsWith(createIssue({ actor: reporter, input }), 'forbidden');
    await rejectsWith(createIssue({ actor: chief, input }), 'forbidden');
    await rejectsWith(createArticle({ actor: pageEditor, input: storyInput('不该写稿') }), 'forbidden');
    await rejectsWith(createArticle({ actor: admin, input: storyInput('不该写稿') }), 'forbidden');
  });

  it("refuses a reporter editing or filing someone else's story", async () => {
    const article = await createArticle({ actor: reporter, input: storyInput('别人的稿件') });
    await rejectsWith(updateArticle({ actor: reporter2, input: { ...storyInput('改标题'), id: article.id, version: article.version } }), 'forbidden');
    await rejectsWith(fileArticle({ actor: reporter2, articleId: article.id }), 'forbidden');
  });
});

describe('concurrent edits lose nothing', () => {
  it('refuses a save based on a version someone else already replaced', async () => {
    const article = await createArticle({ actor: reporter, input: storyInput('并发保存') });
    await updateArticle({ actor: reporter, input: { ...storyInput('第一次保存'), id: article.id, version: 1 } });
    await rejectsWith(updateArticle({ actor: reporter, input: { ...storyInput('过时的保存'), id: article.id, version: 1 } }), 'articleChangedElsewhere');
  });

  it('lets exactly one of two simultaneous creations of the same issue number through', async () => {
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const input = (date: string) => ({ publicationId: defaults.publication.id, number: 99100, date, pages: [{ name: '要闻', editorId: null, artEditorId: null }] });
    const results = await Promise.allSettled([createIssue({ actor: pageEditor, input: input('2031-01-01') }), createIssue({ actor: pageEditor, input: input('2031-01-02') })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason.messageKey).toBe('issueNumberTaken');
  });
});

describe('the issue workflow', () => {
  it('plans, locks on submission, signs off, publishes, and only then shows readers', async () => {
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, number: (await nextIssueSlot(defaults.publication.id)).number, date: '2032-03-08', pages: [{ name: '要闻', editorId: pageEditor.id, artEditorId: null }] },
    });
    const publicationSlug = defaults.publication.slug;
    const article = await createArticle({ actor: reporter, input: storyInput('流程测试稿件') });
    await rejectsWith(submitIssue({ actor: pageEditor, issueId: issue.id }), 'issueEmpty');
    const slots = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0].slots;
    await rejectsWith(placeArticle({ actor: pageEditor, slotId: slots[0].id, articleId: article.id }), 'articleNotPlaceable');
    await fileArticle({ actor: reporter, articleId: article.id });
    const placement = await placeArticle({ actor: pageEditor, slotId: slots[0].id, articleId: article.id });
    await rejectsWith(placeArticle({ actor: pageEditor, slotId: slots[1].id, articleId: article.id }), 'articleAlreadyPlaced');

    await submitIssue({ actor: pageEditor, issueId: issue.id });
    await rejectsWith(publishIssue({ actor: chief, issueId: issue.id }), 'issueStateChanged');
    await rejectsWith(signOffIssue({ actor: pageEditor, issueId: issue.id }), 'forbidden');
    // 签发 needs every page signed (签版) first.
    await rejectsWith(signOffIssue({ actor: chief, issueId: issue.id }), 'pagesNotAllSigned');
    await rejectsWith(signPage({ actor: pageEditor, pageId: await pageIdOf(issue.id) }), 'forbidden');
    await signPage({ actor: chief, pageId: await pageIdOf(issue.id) });
    await signOffIssue({ actor: chief, issueId: issue.id });
    expect(await getPublishedIssue({ publicationSlug, number: issue.number })).toBeNull();
    expect(await foundByReaders(publicationSlug, '流程测试稿件')).not.toContain(article.id);

    // An edit to a story on a signed page withdraws the page's signature and the sign-off.
    await updateArticle({ actor: editor, input: { ...storyInput('签发后改稿'), id: article.id, version: 1 } });
    const withdrawn = await getIssue({ actor: chief, issueId: issue.id });
    expect(withdrawn.status).toBe('AWAITING_SIGN_OFF');
    expect(withdrawn.pages[0].signedAt).toBeNull();
    await signPage({ actor: chief, pageId: withdrawn.pages[0].id });
    await signOffIssue({ actor: chief, issueId: issue.id });

    await publishIssue({ actor: chief, issueId: issue.id });
    await rejectsWith(removePlacement({ actor: pageEditor, placementId: placement.id }), 'issueLocked');
    const published = await getPublishedIssue({ publicationSlug, number: issue.number });
    expect(published?.masthead).toMatchObject({ weekday: '星期一', lunarDate: '农历壬子年正月廿七', pageCount: '本期 1 版' });
    expect(published?.pages[0].slots[0].placement?.article.headline).toBe('签发后改稿');
    expect((await getLatestPublishedIssue())?.number).toBe(issue.number);
    expect(await foundByReaders(publicationSlug, '签发后改稿')).toContain(article.id);
  });
});

describe('placing stories', () => {
  it('tells a slot filled twice apart from a story placed twice', async () => {
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, ...(await nextIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }] },
    });
    const [first, second] = await Promise.all([createArticle({ actor: reporter, input: storyInput('一号稿') }), createArticle({ actor: reporter, input: storyInput('二号稿') })]);
    await Promise.all([fileArticle({ actor: reporter, articleId: first.id }), fileArticle({ actor: reporter, articleId: second.id })]);
    const slots = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0].slots;
    await placeArticle({ actor: pageEditor, slotId: slots[0].id, articleId: first.id });
    await rejectsWith(placeArticle({ actor: pageEditor, slotId: slots[0].id, articleId: second.id }), 'slotTaken');
    await rejectsWith(placeArticle({ actor: pageEditor, slotId: slots[1].id, articleId: first.id }), 'articleAlreadyPlaced');
  });
});

describe('scheduled publication', () => {
  it('appears at its time without anyone acting, and is recorded as published by the job', async () => {
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const publicationSlug = defaults.publication.slug;
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, ...(await nextIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }] },
    });
    const article = await createArticle({ actor: reporter, input: storyInput('定时发布的稿件') });
    await fileArticle({ actor: reporter, articleId: article.id });
    const slots = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages[0].slots;
    await placeArticle({ actor: pageEditor, slotId: slots[0].id, articleId: article.id });
    await submitIssue({ actor: pageEditor, issueId: issue.id });
    await signPage({ actor: chief, pageId: await pageIdOf(issue.id) });
    await signOffIssue({ actor: chief, issueId: issue.id });

    await rejectsWith(scheduleIssue({ actor: chief, issueId: issue.id, publishAt: new Date(Date.now() - 1000) }), 'publishAtInPast');
    await rejectsWith(scheduleIssue({ actor: pageEditor, issueId: issue.id, publishAt: new Date(Date.now() + 60_000) }), 'forbidden');
    // Scheduled and taken back: the reader search lists it for its time, then no more.
    await scheduleIssue({ actor: chief, issueId: issue.id, publishAt: new Date(Date.now() + 3_600_000) });
    const db = testDb();
    const entries = () => db.readerSearchEntry.count({ where: { issueId: issue.id } });
    expect(await entries()).toBe(1);
    await cancelSchedule({ actor: chief, issueId: issue.id });
    expect(await entries()).toBe(0);
    await db.$disconnect();

    const publishAt = new Date(Date.now() + 1500);
    await scheduleIssue({ actor: chief, issueId: issue.id, publishAt });
    expect(await getPublishedIssue({ publicationSlug, number: issue.number })).toBeNull();
    expect(await foundByReaders(publicationSlug, '定时发布的稿件')).not.toContain(article.id);
    expect(await publishDueIssues()).not.toContain(issue.id);

    await new Promise((resolve) => setTimeout(resolve, 2000));
    // Visible on time even though the job has not run (e.g. the server was restarting).
    expect((await getPublishedIssue({ publicationSlug, number: issue.number }))?.pages[0].slots[0].placement?.article.headline).toBe('定时发布的稿件');
    expect(await foundByReaders(publicationSlug, '定时发布的稿件')).toContain(article.id);
    expect(await publishDueIssues()).toContain(issue.id);
    expect(await publishDueIssues()).not.toContain(issue.id);
    const after = await getIssue({ actor: chief, issueId: issue.id });
    expect(after.status).toBe('PUBLISHED');
    expect(after.publishedAt?.getTime()).toBe(publishAt.getTime());
    expect(await foundByReaders(publicationSlug, '定时发布的稿件')).toContain(article.id);
    await rejectsWith(cancelSchedule({ actor: chief, issueId: issue.id }), 'issueStateChanged');
  });
});

describe('corrections', () => {
  it('changes only published stories, only for editors, and keeps the original', async () => {
    const draft = await createArticle({ actor: reporter, input: storyInput('还没发布的稿件') });
    const correction = (id: string, version: number) => ({ ...storyInput('更正后的标题'), id, version, note: '标题有误，现予更正。' });
    await rejectsWith(correctArticle({ actor: editor, input: correction(draft.id, 1) }), 'articleNotPublished');

    const db = testDb();
    const published = await db.article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true, headline: true, version: true } });
    await rejectsWith(correctArticle({ actor: reporter, input: correction(published.id, published.version) }), 'forbidden');
    await rejectsWith(correctArticle({ actor: pageEditor, input: correction(published.id, published.version) }), 'forbidden');
    await correctArticle({ actor: chief, input: correction(published.id, published.version) });
    await rejectsWith(correctArticle({ actor: chief, input: correction(published.id, published.version) }), 'articleChangedElsewhere');

    const after = await db.article.findUniqueOrThrow({ where: { id: published.id }, include: { corrections: true } });
    expect(after.headline).toBe('更正后的标题');
    expect(after.corrections).toHaveLength(1);
    expect(after.corrections[0]).toMatchObject({ note: '标题有误，现予更正。', previous: expect.objectContaining({ headline: published.headline }) });
    await db.$disconnect();
  });
});

describe('page sign-off and proof marks', () => {
  it('sends a page back with a note pinned to a story; proofreaders mark, page editors resolve', async () => {
    const proofreader = await actorFor('proofreader');
    const defaults = await getNewIssueDefaults({ actor: pageEditor });
    const issue = await createIssue({
      actor: pageEditor,
      input: { publicationId: defaults.publication.id, ...(await nextIssueSlot(defaults.publication.id)), pages: [{ name: '要闻', editorId: null, artEditorId: null }, { name: '综合', editorId: null, artEditorId: null }] },
    });
    const article = await createArticle({ actor: reporter, input: storyInput('退回测试稿件') });
    await fileArticle({ actor: reporter, articleId: article.id });
    const pages = (await getIssue({ actor: pageEditor, issueId: issue.id })).pages;
    await placeArticle({ actor: pageEditor, slotId: pages[0].slots[0].id, articleId: article.id });
    await rejectsWith(signPage({ actor: chief, pageId: pages[0].id }), 'issueNotAwaitingSignOff');
    await submitIssue({ actor: pageEditor, issueId: issue.id });

    await signPage({ actor: chief, pageId: pages[1].id });
    await rejectsWith(sendBackPage({ actor: chief, pageId: pages[0].id, reason: '标题太长', articleId: pages[1].id }), 'storyNotOnPage');
    await sendBackPage({ actor: chief, pageId: pages[0].id, reason: '标题太长', articleId: article.id });
    await rejectsWith(addProofMark({ actor: reporter, pageId: pages[1].id, articleId: null, note: '错字' }), 'forbidden');
    await addProofMark({ actor: proofreader, pageId: pages[1].id, articleId: null, note: '第三行“的”应为“地”' });

    const seen = await getIssue({ actor: pageEditor, issueId: issue.id });
    expect(seen.pages[0]).toMatchObject({ sentBackReason: '标题太长', signedAt: null });
    expect(seen.pages[0].proofMarks[0]).toMatchObject({ note: '标题太长', storyHeadline: '退回测试稿件' });
    expect(seen.pages[1].signedAt).not.toBeNull();
    const mark = seen.pages[1].proofMarks[0];
    expect(mark).toMatchObject({ note: '第三行“的”应为“地”', resolvedAt: null });
    await rejectsWith(resolveProofMark({ actor: proofreader, markId: mark.id }), 'forbidden');
    await resolveProofMark({ actor: pageEditor, markId: mark.id });
    expect((await getIssue({ actor: pageEditor, issueId: issue.id })).pages[1].proofMarks[0].resolvedAt).not.toBeNull();
  });
});
