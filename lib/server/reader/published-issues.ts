import 'server-only';
import { db } from '@/lib/db';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { issueWithPages, toIssueView } from '../issue/issue-view';

// The reader site's only way into the data. Every query here is pinned to
// status PUBLISHED: drafts, planned, submitted and signed-but-unpublished issues
// never reach a visitor, whatever the URL.

const PUBLISHED = 'PUBLISHED' as const;

function publicationWhere(slug?: string) {
  return slug ? { slug } : { isDefault: true };
}

export async function getPublishedPublication(slug?: string) {
  return db.publication.findFirst({
    where: { ...publicationWhere(slug), issues: { some: { status: PUBLISHED } } },
    select: { id: true, slug: true, name: true },
  });
}

export async function getLatestPublishedIssue({ publicationSlug }: { publicationSlug?: string } = {}) {
  const issue = await db.issue.findFirst({
    where: { status: PUBLISHED, publication: publicationWhere(publicationSlug) },
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    include: issueWithPages,
  });
  return issue ? toIssueView(issue) : null;
}

export async function getPublishedIssue({ publicationSlug, number }: { publicationSlug: string; number: number }) {
  const issue = await db.issue.findFirst({
    where: { status: PUBLISHED, number, publication: { slug: publicationSlug } },
    include: issueWithPages,
  });
  return issue ? toIssueView(issue) : null;
}

/** The published issues just before and after `number`, for previous/next links. */
export async function getNeighbouringIssues({ publicationSlug, number }: { publicationSlug: string; number: number }) {
  const where = { status: PUBLISHED, publication: { slug: publicationSlug } };
  const select = { number: true, date: true } as const;
  const [previous, next] = await Promise.all([
    db.issue.findFirst({ where: { ...where, number: { lt: number } }, orderBy: { number: 'desc' }, select }),
    db.issue.findFirst({ where: { ...where, number: { gt: number } }, orderBy: { number: 'asc' }, select }),
  ]);
  const view = (issue: typeof previous) => (issue ? { number: issue.number, date: isoDateFromDb(issue.date) } : null);
  return { previous: view(previous), next: view(next) };
}

/** Recent published issues of a publication, newest first. */
export async function listPublishedIssues({ publicationSlug, take = 30 }: { publicationSlug: string; take?: number }) {
  const issues = await db.issue.findMany({
    where: { status: PUBLISHED, publication: { slug: publicationSlug } },
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    take,
    select: { number: true, date: true },
  });
  return issues.map((issue) => ({ number: issue.number, date: isoDateFromDb(issue.date) }));
}
