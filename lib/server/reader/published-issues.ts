import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isoDateFromDb } from '@/lib/domain/calendar';
import { issueWithPages, toIssueView } from '../issue/issue-view';
import { publishedIssueWhere, visibleIssueCondition } from './published-scope';

// The reader site's way into issues. Every query is scoped by
// publishedIssueWhere: drafts, planned, submitted and signed-but-unpublished
// issues never reach a visitor, whatever the URL.

// Cached per request: a reader page's metadata and its body both ask.
export const getPublishedPublication = cache(async (slug?: string) => {
  return db.publication.findFirst({
    where: { ...(slug ? { slug } : { isDefault: true }), issues: { some: visibleIssueCondition() } },
    select: { id: true, slug: true, name: true, romanizedName: true, website: true },
  });
});

const latestPublishedIssue = cache(async (publicationSlug?: string) => {
  const issue = await db.issue.findFirst({
    where: publishedIssueWhere(publicationSlug),
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    include: issueWithPages,
  });
  return issue ? toIssueView(issue) : null;
});

export function getLatestPublishedIssue({ publicationSlug }: { publicationSlug?: string } = {}) {
  return latestPublishedIssue(publicationSlug);
}

// Cached per request: a page and its metadata ask for the same issue.
const publishedIssue = cache(async (publicationSlug: string, number: number) => {
  const issue = await db.issue.findFirst({
    where: { ...publishedIssueWhere(publicationSlug), number },
    include: issueWithPages,
  });
  return issue ? toIssueView(issue) : null;
});

export function getPublishedIssue({ publicationSlug, number }: { publicationSlug: string; number: number }) {
  return publishedIssue(publicationSlug, number);
}

/**
 * The published issues just before and after issue `number` by date, for
 * 上一期/下一期 links: the paper's order is its dates (numbers follow them, see
 * lib/domain/issue-order.ts), so a back issue entered later sits where it was printed.
 */
export async function getNeighbouringIssues({ publicationSlug, number }: { publicationSlug: string; number: number }) {
  const where = publishedIssueWhere(publicationSlug);
  const select = { number: true, date: true } as const;
  // Where `number` stands by date (asked of any number, its neighbours are only ever published ones).
  const current = await db.issue.findFirst({ where: { number, publication: { slug: publicationSlug } }, select });
  if (!current) return { previous: null, next: null };
  const [previous, next] = await Promise.all([
    db.issue.findFirst({ where: { ...where, date: { lt: current.date } }, orderBy: [{ date: 'desc' }, { number: 'desc' }], select }),
    db.issue.findFirst({ where: { ...where, date: { gt: current.date } }, orderBy: [{ date: 'asc' }, { number: 'asc' }], select }),
  ]);
  const view = (issue: typeof previous) => (issue ? { number: issue.number, date: isoDateFromDb(issue.date) } : null);
  return { previous: view(previous), next: view(next) };
}

/** Published issues newest first, `limit` at a time, before issue number `before`. */
export async function listPublishedIssueSummaries({ publicationSlug, before, limit }: { publicationSlug: string; before?: number; limit: number }) {
  const issues = await db.issue.findMany({
    where: { ...publishedIssueWhere(publicationSlug), ...(before ? { number: { lt: before } } : {}) },
    orderBy: { number: 'desc' },
    take: limit,
    select: { number: true, date: true, publishedAt: true, _count: { select: { pages: true } } },
  });
  return issues.map((issue) => ({ number: issue.number, date: isoDateFromDb(issue.date), publishedAt: issue.publishedAt, pageCount: issue._count.pages }));
}
