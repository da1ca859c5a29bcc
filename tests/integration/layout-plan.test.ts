// The layout desk's data layer on a real database: templates checked on the
// server, pages added, moved and removed with their numbers following, stories
// moved and swapped, and two page editors at once losing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '@/lib/server/article/create-article';
import { fileArticle } from '@/lib/server/article/file-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNewIssueDefaults } from '@/lib/server/issue/get-new-issue-defaults';
import { placeArticle } from '@/lib/server/issue/place-article';
import { movePlacement } from '@/lib/server/issue/move-placement';
import { addPage } from '@/lib/server/issue/add-page';
import { removePage } from '@/lib/server/issue/remove-page';
import { movePage } from '@/lib/server/issue/move-page';
import { changePageTemplate } from '@/lib/server/issue/change-page-template';
import { getLayoutVersion } from '@/lib/server/issue/get-layout-version';
import { listTemplates } from '@/lib/server/template/list-templates';
import { saveTemplate } from '@/lib/server/template/save-template';
import type { Actor } from '@/lib/server/session';
import type { TemplateSlot } from '@/lib/domain/page-templates';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith, storyInput } from '../support/stories';
import { nextIssueSlot } from '../support/issue-slots';

let reporter: Actor, pageEditor: Actor, pageEditor2: Actor, artEditor: Actor, chief: Actor, admin: Actor;
let publicationId = '';

beforeAll(async () => {
  [reporter, pageEditor, pageEditor2, artEditor, chief, admin] = await Promise.all(
    (['reporter', 'pageEditor', 'pageEditor2', 'artEditor', 'chiefEditor', 'admin'] as const).map(actorFor),
  );
  const defaults = await getNewIssueDefaults({ actor: pageEditor });
  publicationId = defaults.publication.id;
});

async function newIssue(pageNames = ['要闻', '综合', '民生']) {
  const issue = await createIssue({ actor: pageEditor, input: { publicationId, ...(await nextIssueSlot(publicationId)), pages: pageNames.map((name) => ({ name, editorId: null, artEditorId: null })) } });
  return issue.id;
}

async function filedStory(headline: string) {
  const article = await createArticle({ actor: reporter, input: storyInput(headline) });
  await fileArticle({ actor: reporter, articleId: article.id });
  return article.id;
}

const board = (issueId: string) => getIssue({ actor: pageEditor, issueId });
const slotOf = async (issueId: string, page: number, name: string) => (await board(issueId)).pages[page - 1].slots.find((s) => s.name === name)!;
const rect = (name: string, column: number, row: number, columns: number, rows: number, kind: TemplateSlot['kind'] = 'STORY'): TemplateSlot => ({ name, kind, column, row, columns, rows });

describe('page templates', () => {
  it('lays new issues out on the seeded templates: page 1 on a front template', async () => {
    const issue = await board(await newIssue());
    expect(issue.pages.map((p) => p.template?.name)).toEqual(['头版·四条', '内页·三条', '内页·三条']);
    expect(issue.pages[0].slots.map((s) => s.name)).toEqual(['头条', '二条', '三条', '四条']);

    // A template chosen for a page is the one it is made from; another paper's is refused.
    const { templates } = await listTemplates({ actor: pageEditor, publicationId });
    const guide = templates.find((t) => t.name === '头版·导读')!;
    const input = async (templateId: string) => ({ publicationId, ...(await nextIssueSlot(publicationId)), pages: [{ name: '要闻', editorId: null, artEditorId: null, templateId }] });
    const chosen = await board((await createIssue({ actor: pageEditor, input: await input(guide.id) })).id);
    expect(chosen.pages[0].template?.name).toBe('头版·导读');
    expect(chosen.pages[0].slots.map((s) => `${s.name}:${s.kind}`)).toEqual(expect.arrayContaining(['导读:GUIDE', '图片:PHOTO', '服务栏:SERVICE']));
    await rejectsWith(createIssue({ actor: pageEditor, input: await input('not-a-template') }), 'templateNotFound');
  });

  it('saves a drawn template for art editors and admins, refuses others and bad layouts on the server', async () => {
    const input = { publicationId, templateId: null, name: `测试版式${Date.now() % 10000}`, front: false, slots: [rect('头条', 1, 1, 6, 3), rect('图片', 1, 4, 3, 5, 'PHOTO'), rect('二条', 4, 4, 3, 5)] };
    await rejectsWith(saveTemplate({ actor: reporter, input }), 'forbidden');
    await rejectsWith(saveTemplate({ actor: chief, input }), 'forbidden');
    await rejectsWith(saveTemplate({ actor: artEditor, input: { ...input, slots: [rect('头条', 1, 1, 4, 4), rect('二条', 3, 2, 2, 2)] } }), 'slotsOverlap');
    await rejectsWith(saveTemplate({ actor: artEditor, input: { ...input, slots: [rect('头条', 5, 1, 3, 4)] } }), 'slotOffPage');
    await rejectsWith(saveTemplate({ actor: artEditor, input: { ...input, slots: [] } }), 'templateNoSlots');

    const saved = await saveTemplate({ actor: artEditor, input });
    await rejectsWith(saveTemplate({ actor: admin, input }), 'templateNameTaken');
    // Two editors saving changes to the same version: the second is told, nothing overwritten.
    const change = { ...input, templateId: saved.id, version: saved.version };
    await saveTemplate({ actor: admin, input: { ...change, slots: [rect('通栏', 1, 1, 6, 8)] } });
    await rejectsWith(saveTemplate({ actor: artEditor, input: change }), 'templateChangedElsewhere');
    const list = await listTemplates({ actor: chief, publicationId });
    expect(list.templates.find((t) => t.id === saved.id)?.slots.map((s) => s.name)).toEqual(['通栏']);
  });

  it("changes a page's template only when no story would lose its slot", async () => {
    const issueId = await newIssue(['要闻', '综合']);
    const { templates } = await listTemplates({ actor: pageEditor, publicationId });
    const photo = templates.find((t) => t.name === '内页·图片')!;
    const guide = templates.find((t) => t.name === '头版·导读')!;
    const lead = await slotOf(issueId, 2, '头条');
    const third = await slotOf(issueId, 2, '三条');
    const [a, b] = [await filedStory('换版式头条'), await filedStory('换版式三条')];
    await placeArticle({ actor: pageEditor, slotId: lead.id, articleId: a });
    await placeArticle({ actor: pageEditor, slotId: third.id, articleId: b });
    const pageId = (await board(issueId)).pages[1].id;
    // 头版·导读 has no 三条: refused, naming the slot; nothing changes.
    await rejectsWith(changePageTemplate({ actor: pageEditor, pageId, templateId: guide.id }), 'templateChangeLosesStories');
    await rejectsWith(changePageTemplate({ actor: artEditor, pageId, templateId: photo.id }), 'forbidden');
    await changePageTemplate({ actor: pageEditor, pageId, templateId: photo.id });
    const page = (await board(issueId)).pages[1];
    expect(page.template?.name).toBe('内页·图片');
    expect(page.slots.map((s) => [s.name, s.placement?.article.headline ?? null])).toEqual(
      expect.arrayContaining([['头条', '换版式头条'], ['三条', '换版式三条'], ['图片', null]]),
    );
  });
});

describe('pages of an issue', () => {
  it('adds, moves and removes pages; the numbers and 本期N版 follow', async () => {
    const issueId = await newIssue(['要闻', '综合', '民生']);
    const { templates } = await listTemplates({ actor: pageEditor, publicationId });
    await rejectsWith(addPage({ actor: artEditor, input: { issueId, name: '专题', templateId: templates[1].id, number: 2 } }), 'forbidden');
    await addPage({ actor: pageEditor, input: { issueId, name: '专题', templateId: templates[1].id, number: 2 } });
    let issue = await board(issueId);
    expect(issue.pages.map((p) => `${p.number}${p.name}`)).toEqual(['1要闻', '2专题', '3综合', '4民生']);
    expect(issue.masthead.pageCount).toBe('本期 4 版');

    await movePage({ actor: pageEditor, pageId: issue.pages[3].id, from: 4, to: 1 });
    issue = await board(issueId);
    expect(issue.pages.map((p) => `${p.number}${p.name}`)).toEqual(['1民生', '2要闻', '3专题', '4综合']);
    // Based on a number the page no longer has: refused.
    await rejectsWith(movePage({ actor: pageEditor, pageId: issue.pages[0].id, from: 4, to: 2 }), 'layoutChangedElsewhere');

    const story = await filedStory('删版测试稿');
    await placeArticle({ actor: pageEditor, slotId: issue.pages[2].slots[0].id, articleId: story });
    await rejectsWith(removePage({ actor: pageEditor, pageId: issue.pages[2].id, takeOffStories: false }), 'pageHasStories');
    await removePage({ actor: pageEditor, pageId: issue.pages[2].id, takeOffStories: true });
    issue = await board(issueId);
    expect(issue.pages.map((p) => `${p.number}${p.name}`)).toEqual(['1民生', '2要闻', '3综合']);
    expect(issue.masthead.pageCount).toBe('本期 3 版');
    const db = testDb();
    expect((await db.article.findUniqueOrThrow({ where: { id: story } })).status).toBe('READY');
    await db.$disconnect();
  });

  it('withdraws the signatures of pages whose number changes, and of page 1 when the page count does', async () => {
    const issueId = await newIssue(['要闻', '综合', '民生']);
    const db = testDb();
    await db.page.updateMany({ where: { issueId }, data: { signedAt: new Date(), signedById: (await actorFor('chiefEditor')).id } });
    let issue = await board(issueId);
    await movePage({ actor: pageEditor, pageId: issue.pages[2].id, from: 3, to: 2 });
    issue = await board(issueId);
    expect(issue.pages.map((p) => !!p.signedAt)).toEqual([true, false, false]);
    const { templates } = await listTemplates({ actor: pageEditor, publicationId });
    await addPage({ actor: pageEditor, input: { issueId, name: '副刊', templateId: templates[1].id, number: null } });
    issue = await board(issueId);
    expect(issue.pages.map((p) => !!p.signedAt)).toEqual([false, false, false, false]);
    await db.$disconnect();
  });
});

describe('moving stories', () => {
  it('moves a story to another page, swaps two, and refuses what is not a story slot', async () => {
    const issueId = await newIssue(['要闻', '综合']);
    const [a, b] = [await filedStory('移动稿甲'), await filedStory('移动稿乙')];
    const lead1 = await slotOf(issueId, 1, '头条');
    const lead2 = await slotOf(issueId, 2, '头条');
    const pa = await placeArticle({ actor: pageEditor, slotId: lead1.id, articleId: a });
    const pb = await placeArticle({ actor: pageEditor, slotId: lead2.id, articleId: b });
    const second2 = await slotOf(issueId, 2, '二条');

    await rejectsWith(movePlacement({ actor: chief, placementId: pa.id, fromSlotId: lead1.id, toSlotId: second2.id, toPlacementId: null }), 'forbidden');
    await movePlacement({ actor: pageEditor, placementId: pa.id, fromSlotId: lead1.id, toSlotId: second2.id, toPlacementId: null });
    expect((await slotOf(issueId, 2, '二条')).placement?.article.headline).toBe('移动稿甲');
    expect((await slotOf(issueId, 1, '头条')).placement).toBeNull();

    const result = await movePlacement({ actor: pageEditor, placementId: pa.id, fromSlotId: second2.id, toSlotId: lead2.id, toPlacementId: pb.id });
    expect(result.swapped).toBe(true);
    expect((await slotOf(issueId, 2, '头条')).placement?.article.headline).toBe('移动稿甲');
    expect((await slotOf(issueId, 2, '二条')).placement?.article.headline).toBe('移动稿乙');

    const { templates } = await listTemplates({ actor: pageEditor, publicationId });
    await changePageTemplate({ actor: pageEditor, pageId: (await board(issueId)).pages[0].id, templateId: templates.find((t) => t.name === '头版·导读')!.id });
    const guide = await slotOf(issueId, 1, '导读');
    await rejectsWith(movePlacement({ actor: pageEditor, placementId: pa.id, fromSlotId: lead2.id, toSlotId: guide.id, toPlacementId: null }), 'slotNotForStories');
    await rejectsWith(placeArticle({ actor: pageEditor, slotId: guide.id, articleId: await filedStory('不能放导读') }), 'slotNotForStories');
  });

  it('refuses a move based on a board someone else has changed since', async () => {
    const issueId = await newIssue(['要闻']);
    const [a, b] = [await filedStory('过时甲'), await filedStory('过时乙')];
    const [lead, second, third] = [await slotOf(issueId, 1, '头条'), await slotOf(issueId, 1, '二条'), await slotOf(issueId, 1, '三条')];
    const pa = await placeArticle({ actor: pageEditor, slotId: lead.id, articleId: a });
    // Editor 2 fills 二条 while editor 1 still sees it empty.
    await placeArticle({ actor: pageEditor2, slotId: second.id, articleId: b });
    await rejectsWith(movePlacement({ actor: pageEditor, placementId: pa.id, fromSlotId: lead.id, toSlotId: second.id, toPlacementId: null }), 'layoutChangedElsewhere');
    // Editor 2 moves 甲 to 三条; editor 1's move of 甲 "from 头条" is stale.
    await movePlacement({ actor: pageEditor2, placementId: pa.id, fromSlotId: lead.id, toSlotId: third.id, toPlacementId: null });
    await rejectsWith(movePlacement({ actor: pageEditor, placementId: pa.id, fromSlotId: lead.id, toSlotId: lead.id, toPlacementId: null }), 'layoutChangedElsewhere');
    const page = (await board(issueId)).pages[0];
    expect(page.slots.filter((s) => s.placement).map((s) => [s.name, s.placement!.article.headline])).toEqual([['二条', '过时乙'], ['三条', '过时甲']]);
  });

  it('two page editors working on one page at once: both changes land, or the second is told', async () => {
    const issueId = await newIssue(['要闻']);
    const [a, b, c] = [await filedStory('并发甲'), await filedStory('并发乙'), await filedStory('并发丙')];
    const [lead, second, third] = [await slotOf(issueId, 1, '头条'), await slotOf(issueId, 1, '二条'), await slotOf(issueId, 1, '三条')];
    const before = await getLayoutVersion({ actor: pageEditor, issueId });
    // Different slots at the same moment: both land.
    await Promise.all([placeArticle({ actor: pageEditor, slotId: lead.id, articleId: a }), placeArticle({ actor: pageEditor2, slotId: second.id, articleId: b })]);
    const after = await getLayoutVersion({ actor: pageEditor2, issueId });
    expect(after).not.toBe(before);
    // The same empty slot at the same moment: exactly one lands.
    const placements = (await board(issueId)).pages[0].slots;
    const results = await Promise.allSettled([
      movePlacement({ actor: pageEditor, placementId: placements.find((s) => s.name === '头条')!.placement!.id, fromSlotId: lead.id, toSlotId: third.id, toPlacementId: null }),
      placeArticle({ actor: pageEditor2, slotId: third.id, articleId: c }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const page = (await board(issueId)).pages[0];
    expect(page.slots.filter((s) => s.placement)).toHaveLength(results[0].status === 'fulfilled' ? 2 : 3);
    await rejectsWith(getLayoutVersion({ actor: reporter, issueId }), 'forbidden');
  });
});
