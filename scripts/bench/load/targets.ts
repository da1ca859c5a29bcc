// What the load goes through, read from the demo's database: the reader's pages
// and stories, words to search for (pairs of characters from real headlines), and
// for each board mover a story on today's issue and a second slot (empty, or
// holding a story to swap with) that no other mover uses, so that movers do not
// trip over each other (a conflict would be a fair refusal, but it would not
// measure anything).
import { PLACEABLE_KINDS } from '@/lib/domain/page-templates';
import { createPrismaClient } from '@/lib/prisma-client';
import { issuePath, pagePath, storyPath } from '@/lib/reader-paths';
import { bodyFromParagraphs, bodyPlainText } from '@/lib/tiptap/body';

export type BoardLane = { issueId: string; placementId: string; slots: [string, string] };
export type Targets = { slug: string; readerPaths: string[]; words: string[]; lanes: BoardLane[] };

/**
 * `extraLanes`: on a throwaway demo database, place that many more stories on
 * today's issue (the demo places one), so that several page editors can move at once.
 */
export async function loadTargets(databaseUrl: string, options: { extraLanes?: number } = {}): Promise<Targets> {
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    if (options.extraLanes) await placeStories(db, options.extraLanes);
    const publication = await db.publication.findFirstOrThrow({ orderBy: { createdAt: 'asc' }, select: { id: true, slug: true } });
    const slug = publication.slug;
    const issues = await db.issue.findMany({
      where: { publicationId: publication.id, status: 'PUBLISHED' },
      select: { number: true, pages: { select: { number: true, slots: { select: { placement: { select: { articleId: true, part: true } } } } } } },
    });
    const readerPaths = ['/', `/${slug}`, `/${slug}/archive`];
    const headlines: string[] = [];
    for (const issue of issues) {
      readerPaths.push(issuePath(slug, issue.number));
      for (const page of issue.pages) {
        readerPaths.push(pagePath(slug, issue.number, page.number));
        // A story's address is on the page where it starts; its continuation's redirects there.
        for (const slot of page.slots) if (slot.placement?.part === 1) readerPaths.push(storyPath(slug, issue.number, page.number, slot.placement.articleId));
      }
    }
    for (const article of await db.article.findMany({ where: { status: 'PUBLISHED' }, select: { headline: true }, take: 200 })) headlines.push(article.headline);
    const words = [...new Set(headlines.flatMap((h) => [...h.matchAll(/[\u4e00-\u9fff]{2}/g)].map((m) => m[0])))];

    const planning = await db.issue.findMany({
      where: { publicationId: publication.id, status: 'PLANNING' },
      select: { id: true, pages: { select: { slots: { where: { kind: { in: [...PLACEABLE_KINDS] } }, select: { id: true, placement: { select: { id: true } } } } } } },
    });
    const lanes: BoardLane[] = [];
    for (const issue of planning) {
      const slots = issue.pages.flatMap((page) => page.slots);
      const filled = slots.filter((slot) => slot.placement);
      // Empty slots first, then other stories' slots (a swap).
      const others = [...slots.filter((slot) => !slot.placement), ...filled.slice().reverse()].map((slot) => slot.id);
      const used = new Set<string>();
      for (const slot of filled) {
        if (used.has(slot.id)) continue;
        const other = others.find((id) => id !== slot.id && !used.has(id));
        if (!other) break;
        used.add(slot.id).add(other);
        lanes.push({ issueId: issue.id, placementId: slot.placement!.id, slots: [slot.id, other] });
      }
    }
    return { slug, readerPaths, words: words.length ? words : ['湿地', '社区'], lanes };
  } finally {
    await db.$disconnect();
  }
}

/** Places up to `count` new stories in every other empty story slot of today's issue. */
async function placeStories(db: ReturnType<typeof createPrismaClient>, count: number) {
  const issue = await db.issue.findFirst({ where: { status: 'PLANNING' }, orderBy: { date: 'desc' }, select: { id: true, publicationId: true } });
  const author = await db.staff.findFirst({ where: { memberships: { some: { roles: { has: 'REPORTER' } } } }, select: { id: true } });
  if (!issue || !author) return;
  const empty = await db.slot.findMany({ where: { page: { issueId: issue.id }, kind: 'STORY', placement: null }, select: { id: true }, orderBy: [{ pageId: 'asc' }, { row: 'asc' }, { column: 'asc' }] });
  for (let i = 0; i < Math.min(count, Math.floor(empty.length / 2)); i++) {
    const body = bodyFromParagraphs([`压力测试用的版面稿件第${i + 1}篇。`]);
    const article = await db.article.create({ data: { headline: `压力测试：版面稿件 ${i + 1}`, body, bodyText: bodyPlainText(body), authorId: author.id, publicationId: issue.publicationId, status: 'PLACED' } });
    await db.placement.create({ data: { slotId: empty[i * 2].id, articleId: article.id } });
  }
}
