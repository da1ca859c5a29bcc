// Two papers side by side on one installation: nothing of one shows on the other's
// reader site (pages, archive, feed, search, sitemap) and nothing of one can be
// used in the other's newsroom (a story placed in the other paper's issue, a
// byline linked to the other paper's staff, a page editor of the other paper).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/server/session';
import { DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import { bodyFromParagraphs, bodyPlainText } from '@/lib/tiptap/body';
import { createArticle } from '@/lib/server/article/create-article';
import { createIssue } from '@/lib/server/issue/create-issue';
import { placeArticle } from '@/lib/server/issue/place-article';
import { listStaffNames } from '@/lib/server/staff/list-staff';
import { listIssues } from '@/lib/server/issue/list-issues';
import { getIssue } from '@/lib/server/issue/get-issue';
import { getNeighbouringIssues, getLatestPublishedIssue, getPublishedIssue, listPublishedIssueSummaries } from '@/lib/server/reader/published-issues';
import { listPublishedIssuesInMonth, publishedDateRange } from '@/lib/server/reader/archive';
import { listRecentPublishedStories } from '@/lib/server/reader/feed-items';
import { searchPublishedStories } from '@/lib/server/reader/search-published';
import { listSitemapChunks, listSitemapEntries } from '@/lib/server/reader/sitemap';
import { syncReaderSearchEntries } from '@/lib/server/reader/search-entries';
import { testDb } from '../support/actors';
import { rejectsWith, storyInput } from '../support/stories';

const db = testDb();
const RUN = Date.now().toString(36);

type Paper = { id: string; slug: string; marker: string; storyIds: string[]; numbers: number[] };
const papers: Record<'a' | 'b', Paper> = {
  a: { id: '', slug: `iso-a-${RUN}`, marker: `甲报独有${RUN}`, storyIds: [], numbers: [7] },
  // Paper B has issue 7 too (the same number, other stories) and an issue 9 paper A lacks.
  b: { id: '', slug: `iso-b-${RUN}`, marker: `乙报独有${RUN}`, storyIds: [], numbers: [7, 9] },
};
let authorId = '';

/** A published issue of `paper` numbered `number` with one story carrying the paper's marker. */
async function publishedIssue(paper: Paper, number: number) {
  const issue = await db.issue.create({
    data: { publicationId: paper.id, number, date: new Date(Date.UTC(2016, 2, number)), masthead: {}, pageFormat: DEFAULT_PAGE_FORMAT, status: 'PUBLISHED', publishedAt: new Date() },
  });
  const page = await db.page.create({ data: { issueId: issue.id, number: 1, name: '要闻' } });
  const body = bodyFromParagraphs([`${paper.marker}的正文，第${number}期。`]);
  const article = await db.article.create({
    data: { headline: `${paper.marker}标题${number}`, body, bodyText: bodyPlainText(body), authorId, publicationId: paper.id, status: 'PUBLISHED' },
  });
  const slot = await db.slot.create({ data: { pageId: page.id, name: '头条', column: 1, row: 1, columns: 6, rows: 4 } });
  await db.placement.create({ data: { slotId: slot.id, articleId: article.id } });
  await syncReaderSearchEntries(db, issue.id);
  paper.storyIds.push(article.id);
}

const storiesOf = (issue: { pages: { slots: { placement: { article: { id: string } } | null }[] }[] } | null) =>
  issue ? issue.pages.flatMap((page) => page.slots.flatMap((slot) => (slot.placement ? [slot.placement.article.id] : []))) : [];

/** Everything the reader site can show of `slug`: story ids and issue numbers, through every reader. */
async function everythingShownOf(slug: string) {
  const stories: string[] = [];
  const numbers: number[] = [];
  const latest = await getLatestPublishedIssue({ publicationSlug: slug });
  stories.push(...storiesOf(latest));
  for (const number of [7, 9]) {
    const issue = await getPublishedIssue({ publicationSlug: slug, number });
    if (issue) numbers.push(issue.number);
    stories.push(...storiesOf(issue));
    const neighbours = await getNeighbouringIssues({ publicationSlug: slug, number });
    numbers.push(...[neighbours.previous?.number, neighbours.next?.number].filter((n): n is number => n !== undefined));
  }
  numbers.push(...(await listPublishedIssueSummaries({ publicationSlug: slug, limit: 50 })).map((i) => i.number));
  numbers.push(...(await listPublishedIssuesInMonth({ publicationSlug: slug, year: 2016, month: 3 })).map((i) => i.number));
  const range = await publishedDateRange(slug);
  const feed = await listRecentPublishedStories({ publicationSlug: slug, issues: 50 });
  stories.push(...feed.map((item) => item.id));
  for (const marker of [papers.a.marker, papers.b.marker]) {
    stories.push(...(await searchPublishedStories({ publicationSlug: slug, query: marker, page: 1 })).results.map((r) => r.articleId));
  }
  const chunkIndex = (await listSitemapChunks()).findIndex((chunk) => chunk.publicationSlug === slug) + 1;
  const urls = chunkIndex > 0 ? ((await listSitemapEntries(chunkIndex)) ?? []).map((entry) => entry.url) : [];
  return { stories: [...new Set(stories)], numbers: [...new Set(numbers)].sort(), range, urls };
}

beforeAll(async () => {
  authorId = (await db.staff.findFirstOrThrow({ select: { id: true } })).id;
  for (const paper of Object.values(papers)) {
    paper.id = (await db.publication.create({ data: { slug: paper.slug, name: `隔离测试${paper.slug}`, pageFormat: {} }, select: { id: true } })).id;
    for (const number of paper.numbers) await publishedIssue(paper, number);
  }
});

afterAll(async () => {
  const ids = [papers.a.id, papers.b.id];
  await db.issue.deleteMany({ where: { publicationId: { in: ids } } });
  await db.article.deleteMany({ where: { publicationId: { in: ids } } });
  // The accounts stay (their audit rows name them), switched off.
  await db.staff.updateMany({ where: { email: { startsWith: `iso-${RUN}` } }, data: { active: false } });
  await db.publication.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
});

describe("a paper's reader site shows nothing of another paper", () => {
  for (const [own, other] of [['a', 'b'], ['b', 'a']] as const) {
    it(`paper ${own}: its own issues and stories, none of paper ${other}'s`, async () => {
      const shown = await everythingShownOf(papers[own].slug);
      expect(shown.stories.filter((id) => papers[other].storyIds.includes(id)), `paper ${other}'s stories`).toEqual([]);
      expect(shown.numbers.filter((n) => !papers[own].numbers.includes(n)), `issue numbers only paper ${other} has`).toEqual([]);
      expect(shown.urls.filter((url) => !url.startsWith(`/${papers[own].slug}`)), 'sitemap entries of another paper').toEqual([]);
      // And it shows its own, so an empty answer cannot pass.
      expect(shown.stories.sort()).toEqual([...papers[own].storyIds].sort());
      expect(shown.numbers).toEqual([...papers[own].numbers].sort());
      expect(shown.range?.last).toBe(`2016-03-0${Math.max(...papers[own].numbers)}`);
    });
  }

  it("answers another paper's issue number under this paper's address with nothing", async () => {
    expect(await getPublishedIssue({ publicationSlug: papers.a.slug, number: 9 })).toBeNull();
    expect(storiesOf(await getPublishedIssue({ publicationSlug: papers.a.slug, number: 7 }))).toEqual([papers.a.storyIds[0]]);
  });
});

describe("a paper's newsroom works with its own paper only", () => {
  let pageEditorA: Actor;
  let reporterB: Actor;
  beforeAll(async () => {
    const make = async (key: string, publicationId: string, roles: ('PAGE_EDITOR' | 'REPORTER')[]): Promise<Actor> => {
      const made = await db.staff.create({
        data: { name: `隔离${key}${RUN}`, email: `iso-${RUN}-${key}@test.invalid`, roles: [], passwordHash: 'not-a-hash', memberships: { create: [{ publicationId, roles }] } },
        select: { id: true, name: true, email: true },
      });
      return { ...made, roles: [], memberships: [{ publicationId, roles }], publicationId };
    };
    pageEditorA = await make('page-a', papers.a.id, ['PAGE_EDITOR']);
    reporterB = await make('reporter-b', papers.b.id, ['REPORTER']);
  });

  it("refuses to place a story of another paper in this paper's issue, as if there were no such story", async () => {
    const issue = await createIssue({ actor: pageEditorA, input: { publicationId: papers.a.id, number: 100, date: '2016-04-10', pages: [{ name: '要闻', editorId: null, artEditorId: null }] } }).catch(() => null);
    // Paper A has no templates in this test: make the page's slot by hand.
    const issueId = issue?.id ?? (await db.issue.create({ data: { publicationId: papers.a.id, number: 100, date: new Date(Date.UTC(2016, 3, 10)), masthead: {}, pageFormat: DEFAULT_PAGE_FORMAT } })).id;
    const page = await db.page.upsert({ where: { issueId_number: { issueId, number: 1 } }, create: { issueId, number: 1, name: '要闻' }, update: {} });
    const slot = await db.slot.create({ data: { pageId: page.id, name: `隔离${RUN}`, column: 1, row: 1, columns: 6, rows: 4 } });
    const storyOfB = await createArticle({ actor: reporterB, input: storyInput(`乙报的稿件${RUN}`) });
    await db.article.update({ where: { id: storyOfB.id }, data: { status: 'READY' } });
    expect((await db.article.findUniqueOrThrow({ where: { id: storyOfB.id } })).publicationId).toBe(papers.b.id);
    await rejectsWith(placeArticle({ actor: pageEditorA, slotId: slot.id, articleId: storyOfB.id }), 'notFound');
    expect(await db.placement.count({ where: { articleId: storyOfB.id } })).toBe(0);
  });

  it("lists only this paper's issues and staff, and refuses the other paper's issue", async () => {
    const listed = await listIssues({ actor: pageEditorA });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((issue) => issue.publication.name === `隔离测试${papers.a.slug}`)).toBe(true);
    const names = await listStaffNames({ actor: pageEditorA });
    expect(names.map((s) => s.id)).toContain(pageEditorA.id);
    expect(names.map((s) => s.id)).not.toContain(reporterB.id);
    const issueOfB = await db.issue.findFirstOrThrow({ where: { publicationId: papers.b.id }, select: { id: true } });
    await rejectsWith(getIssue({ actor: pageEditorA, issueId: issueOfB.id }), 'forbidden');
  });

  it("refuses a page editor from another paper's staff on a new issue's pages", async () => {
    await rejectsWith(
      createIssue({ actor: pageEditorA, input: { publicationId: papers.a.id, number: 101, date: '2016-04-11', pages: [{ name: '要闻', editorId: reporterB.id, artEditorId: null }] } }),
      'staffNotFound',
    );
  });

  it("links a byline only to the story's own paper's staff", async () => {
    const story = await createArticle({ actor: reporterB, input: { ...storyInput(`署名${RUN}`), bylines: [reporterB.name, pageEditorA.name] } });
    const bylines = await db.articleByline.findMany({ where: { articleId: story.id }, orderBy: { position: 'asc' }, select: { name: true, staffId: true } });
    expect(bylines).toEqual([
      { name: reporterB.name, staffId: reporterB.id },
      { name: pageEditorA.name, staffId: null },
    ]);
  });
});
