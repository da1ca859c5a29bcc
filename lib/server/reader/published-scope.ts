import type { Prisma } from '@/lib/generated/prisma/client';

// The one definition of "a visitor may see this": an issue that is published,
// and a story placed in such an issue. Every reader query builds on these.

export function publishedIssueWhere(publicationSlug?: string): Prisma.IssueWhereInput {
  return { status: 'PUBLISHED', publication: publicationSlug ? { slug: publicationSlug } : { isDefault: true } };
}

export function publishedArticleWhere(publicationSlug?: string): Prisma.ArticleWhereInput {
  return { placements: { some: { slot: { page: { issue: publishedIssueWhere(publicationSlug) } } } } };
}
