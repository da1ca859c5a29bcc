import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { publishedIssueWhere, visibleIssueCondition } from './published-scope';

/** The stories of the latest published issues, for the feed. */
export async function listRecentPublishedStories({ publicationSlug, issues = 7 }: { publicationSlug: string; issues?: number }) {
  const recent = await db.issue.findMany({
    where: publishedIssueWhere(publicationSlug),
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    take: issues,
    select: {
      number: true,
      date: true,
      publishedAt: true,
      pages: {
        orderBy: { number: 'asc' },
        select: {
          number: true,
          name: true,
          slots: {
            orderBy: [{ row: 'asc' }, { column: 'asc' }],
            select: {
              placement: {
                select: {
                  part: true,
                  article: { select: { id: true, headline: true, kicker: true, subheadline: true, bodyText: true, bylines: { orderBy: { position: 'asc' }, select: { name: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  return recent.flatMap((issue) =>
    issue.pages.flatMap((page) =>
      page.slots.flatMap((slot) =>
        slot.placement && slot.placement.part === 1
          ? [{ ...slot.placement.article, issueNumber: issue.number, issueDate: isoDateFromDb(issue.date), publishedAt: issue.publishedAt, pageNumber: page.number, pageName: page.name }]
          : [],
      ),
    ),
  );
}

export async function listPublicationsWithPublishedIssues() {
  return db.publication.findMany({
    where: { issues: { some: visibleIssueCondition() } },
    orderBy: [{ isDefault: 'desc' }, { createdAt: 'asc' }],
    select: { slug: true, name: true, romanizedName: true, website: true },
  });
}
