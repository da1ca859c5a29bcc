// The demo data is what a newcomer judges the product by: issues in it must be
// in states the workflow could have produced.
import { afterAll, expect, it } from 'vitest';
import { DEMO_PUBLISHED_NUMBERS } from '@/prisma/seed/demo';
import { testDb } from '../support/actors';

const db = testDb();
afterAll(() => db.$disconnect());

it('signs every page of a signed-off or published demo issue, by the chief editor who signed it off', async () => {
  const issues = await db.issue.findMany({
    // The seed's own issues: other tests add issues of their own to the same database.
    where: { status: { in: ['SIGNED_OFF', 'PUBLISHED'] }, number: { in: DEMO_PUBLISHED_NUMBERS }, publication: { isDefault: true } },
    select: { number: true, signedOffById: true, signedOffAt: true, pages: { select: { number: true, signedAt: true, signedById: true } } },
  });
  expect(issues).toHaveLength(DEMO_PUBLISHED_NUMBERS.length);
  for (const issue of issues) {
    expect(issue.signedOffById, `issue ${issue.number}`).not.toBeNull();
    for (const page of issue.pages) {
      expect(page.signedById, `issue ${issue.number} page ${page.number}`).toBe(issue.signedOffById);
      expect(page.signedAt!.getTime(), `issue ${issue.number} page ${page.number}`).toBeLessThanOrEqual(issue.signedOffAt!.getTime());
    }
  }
});
