// The layout desk's data layer: jumps (转版) and the page format, with their
// refusals, on a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_FORMAT } from '@/lib/domain/page-format';
import { continueArticle } from '@/lib/server/issue/continue-article';
import { removeContinuation } from '@/lib/server/issue/remove-continuation';
import { updatePageFormat } from '@/lib/server/publication/update-page-format';
import { updatePageFormatSchema } from '@/lib/schemas/page-format';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith } from '../support/stories';

let pageEditor: Actor, reporter: Actor, admin: Actor;

beforeAll(async () => {
  [pageEditor, reporter, admin] = await Promise.all((['pageEditor', 'reporter', 'admin'] as const).map((key) => actorFor(key)));
});

/** The planned demo issue's placed story and the free slots of its pages. */
async function plannedIssue() {
  const db = testDb();
  const issue = await db.issue.findFirstOrThrow({
    // Other files add issues of their own: the demo's planned issue is the one the seed made first.
    where: { status: 'PLANNING', publication: { slug: 'wanghe' } },
    orderBy: { createdAt: 'asc' },
    include: { pages: { orderBy: { number: 'asc' }, include: { slots: { include: { placement: true } } } } },
  });
  await db.$disconnect();
  const placed = issue.pages.flatMap((p) => p.slots.filter((s) => s.placement?.part === 1)).find((s) => s.pageId === issue.pages[0].id)!;
  const freeOn = (index: number) => issue.pages[index].slots.filter((s) => !s.placement);
  return { issue, placement: placed.placement!, freeOn };
}

describe('jumps', () => {
  it('continues a story on another page once, and takes the continuation off again', async () => {
    const { placement, freeOn } = await plannedIssue();
    await rejectsWith(continueArticle({ actor: pageEditor, placementId: placement.id, slotId: freeOn(0)[0].id }), 'jumpSamePage');
    await expect(continueArticle({ actor: reporter, placementId: placement.id, slotId: freeOn(3)[0].id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const continuation = await continueArticle({ actor: pageEditor, placementId: placement.id, slotId: freeOn(3)[0].id });
    await rejectsWith(continueArticle({ actor: pageEditor, placementId: placement.id, slotId: freeOn(2)[0].id }), 'alreadyJumps');
    await rejectsWith(continueArticle({ actor: pageEditor, placementId: continuation.id, slotId: freeOn(2)[0].id }), 'jumpFromContinuation');
    await rejectsWith(removeContinuation({ actor: pageEditor, placementId: placement.id }), 'notAContinuation');
    await removeContinuation({ actor: pageEditor, placementId: continuation.id });
    const db = testDb();
    expect(await db.placement.count({ where: { articleId: placement.articleId } })).toBe(1);
    await db.$disconnect();
  });
});

describe('the page format', () => {
  it('reads numbers from the form and refuses what is not one, in the catalog’s words', () => {
    const form = { publicationId: 'p', name: '对开', widthMm: '390', heightMm: '545', columns: '6', gutterMm: '5', rows: '8', typeSize: '9', leading: '13', typeUnit: 'pt', mastheadMm: '70', margins: { top: '27.5', bottom: '27.5', inside: '20', outside: '20' } };
    expect(updatePageFormatSchema.safeParse(form)).toMatchObject({ success: true, data: { widthMm: 390, margins: { top: 27.5 } } });
    const bad = updatePageFormatSchema.safeParse({ ...form, widthMm: '宽', columns: '6.5' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual(expect.arrayContaining([['widthMm', 'formatNumber'], ['columns', 'formatWholeNumber']]));
  });

  it('is the admin’s to set, and never smaller than the grid its templates use', async () => {
    const db = testDb();
    const publication = await db.publication.findFirstOrThrow({ where: { isDefault: true } });
    await expect(updatePageFormat({ actor: pageEditor, publicationId: publication.id, format: DEFAULT_PAGE_FORMAT })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await rejectsWith(updatePageFormat({ actor: admin, publicationId: publication.id, format: { ...DEFAULT_PAGE_FORMAT, columns: 4 } }), 'formatGridTooSmall');
    const broadsheet = { ...DEFAULT_PAGE_FORMAT, name: '对开', widthMm: 390, heightMm: 545 };
    await updatePageFormat({ actor: admin, publicationId: publication.id, format: broadsheet });
    expect((await db.publication.findUniqueOrThrow({ where: { id: publication.id } })).pageFormat).toMatchObject({ name: '对开', widthMm: 390 });
    await updatePageFormat({ actor: admin, publicationId: publication.id, format: DEFAULT_PAGE_FORMAT });
    await db.$disconnect();
  });
});
