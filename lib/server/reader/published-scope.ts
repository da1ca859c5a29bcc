import type { Prisma } from '@/lib/generated/prisma/client';

// The one definition of "a visitor may see this": an issue that is published,
// or scheduled and past its time (so readers see it on the minute even if the
// job that marks it published has not run yet). Every reader query builds on it
// (the search's entries, search-entries.ts, write the same condition in SQL).

export function visibleIssueCondition(now: Date = new Date()): Prisma.IssueWhereInput {
  return { OR: [{ status: 'PUBLISHED' }, { status: 'SCHEDULED', publishAt: { lte: now } }] };
}

export function publishedIssueWhere(publicationSlug?: string): Prisma.IssueWhereInput {
  return { ...visibleIssueCondition(), publication: publicationSlug ? { slug: publicationSlug } : { isDefault: true } };
}
