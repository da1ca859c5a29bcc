// Demo data: two fictional district papers; the first with a few published issues, an issue
// being planned, stories in every state and one account per role.
import type { Database } from '@/lib/prisma-client';
import { beijingToday, nextDay, type IsoDate } from '@/lib/domain/calendar';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { DEMO_STORIES } from './demo-stories';
import { seedArticle } from './articles';
import { seedIssue, type PagePlan } from './issues';
import { seedPublication } from './publication';
import { DEMO_STAFF, seedStaff } from './staff';
import { SECOND_PUBLICATION, seedSecondPaper } from './second-paper';

const FIRST_NUMBER = 1201;

// Which demo stories (indexes into DEMO_STORIES) go on which page of each
// published issue: four stories on page 1, something on every page.
const PUBLISHED_LAYOUTS = [
  [[0, 3, 18, 24], [14, 19], [6], [13]],
  [[1, 4, 20, 25], [15, 21], [8], [11]],
  [[2, 5, 22, 26], [16, 17], [9], [12]],
];

/** The numbers of the demo paper's published issues. */
export const DEMO_PUBLISHED_NUMBERS = PUBLISHED_LAYOUTS.map((_, i) => FIRST_NUMBER + i);

const PLANNED_LAYOUT = [[7]];
const FILED = [10, 23];

function daysBefore(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() - days);
  return beijingToday(d);
}

export async function seedDemo(db: Database, options: { today?: IsoDate } = {}) {
  if ((await db.staff.count()) > 0) return { seeded: false };
  const today = options.today ?? beijingToday();
  const publication = await seedPublication(db);
  const second = await seedPublication(db, SECOND_PUBLICATION);
  const staff = await seedStaff(db, { first: publication.id, second: second.id });
  const staffIdsByName = new Map<string, string>(DEMO_STAFF.map((member) => [member.name, staff[member.key]]));
  const pages: PagePlan[] = ['要闻', '综合', '民生', '副刊'].map((name, index) => ({
    name,
    editorId: index % 2 === 0 ? staff.pageEditor : staff.pageEditor2,
    artEditorId: staff.artEditor,
  }));

  const createStory = async (index: number, status: ArticleStatus) =>
    (await seedArticle(db, { story: DEMO_STORIES[index], status, staffIdsByName, fallbackAuthorId: staff.editor, publicationId: publication.id })).id;
  const createLayout = async (layout: number[][], status: ArticleStatus) => {
    const pagesOfIds: string[][] = [];
    for (const indexes of layout) {
      const ids: string[] = [];
      for (const index of indexes) ids.push(await createStory(index, status));
      pagesOfIds.push(ids);
    }
    return pagesOfIds;
  };

  for (const [i, layout] of PUBLISHED_LAYOUTS.entries()) {
    await seedIssue(db, {
      publicationId: publication.id,
      number: FIRST_NUMBER + i,
      date: daysBefore(today, PUBLISHED_LAYOUTS.length - i),
      status: 'PUBLISHED',
      pages,
      articleIdsByPage: await createLayout(layout, 'PUBLISHED'),
      signedOffById: staff.chiefEditor,
      // In the latest issue the front page's second story runs on into page 2 (下转二版).
      continuations: i === PUBLISHED_LAYOUTS.length - 1 ? [{ from: [0, 1], to: [1, 2] }] : [],
    });
  }
  // Today's issue, being planned: one story placed, two more filed and waiting.
  await seedIssue(db, {
    publicationId: publication.id,
    number: FIRST_NUMBER + PUBLISHED_LAYOUTS.length,
    date: today,
    status: 'PLANNING',
    pages,
    articleIdsByPage: await createLayout(PLANNED_LAYOUT, 'PLACED'),
  });
  for (const index of FILED) await createStory(index, 'FILED');
  await seedSecondPaper(db, { publicationId: second.id, staff, staffIdsByName, date: daysBefore(today, 1) });
  // Autovacuum first counts a table after 50 rows have changed: until then the planner
  // takes the demo's tables for empty, and the reader search computed the character
  // pairs of every story's text instead of reading them from the index (5 ms a search).
  // VACUUM also moves the search indexes' new entries out of their pending list, which
  // every search reads through until autovacuum runs (1,000 new rows away).
  await db.$executeRawUnsafe('VACUUM (ANALYZE)');
  return { seeded: true, nextDate: nextDay(today) };
}
