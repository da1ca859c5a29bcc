import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, type Actor } from '../session';
import { issueWithPages, toIssueView } from './issue-view';

// What the newsroom sees beyond the printed page: signatures, proof marks and
// who did what. Never used by the reader site.
const newsroomIssueInclude = {
  ...issueWithPages,
  signedOffBy: { select: { name: true } },
  submittedBy: { select: { name: true } },
  pages: {
    ...issueWithPages.pages,
    include: {
      ...issueWithPages.pages.include,
      signedBy: { select: { name: true } },
      template: { select: { id: true, name: true } },
      proofMarks: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, note: true, createdAt: true, resolvedAt: true, author: { select: { name: true } }, article: { select: { headline: true } } },
      },
    },
  },
} as const satisfies Prisma.IssueInclude;

/** An issue with every page, slot, story, signature and proof mark, for the board and the proofs. */
export async function getIssue({ actor, issueId }: { actor: Actor; issueId: string }) {
  const issue = await db.issue.findUnique({ where: { id: issueId }, include: newsroomIssueInclude });
  if (!issue) throw notFound();
  assertCan(actor, 'issue.read', issue.publicationId);
  const view = toIssueView(issue);
  return {
    ...view,
    signedOffByName: issue.signedOffBy?.name ?? null,
    submittedByName: issue.submittedBy?.name ?? null,
    submittedAt: issue.submittedAt,
    pages: view.pages.map((page, index) => {
      const row = issue.pages[index];
      return {
        ...page,
        signedAt: row.signedAt,
        signedByName: row.signedBy?.name ?? null,
        sentBackReason: row.sentBackReason,
        template: row.template,
        proofMarks: row.proofMarks.map((mark) => ({
          id: mark.id,
          note: mark.note,
          createdAt: mark.createdAt,
          resolvedAt: mark.resolvedAt,
          authorName: mark.author.name,
          storyHeadline: mark.article?.headline ?? null,
        })),
      };
    }),
  };
}

export type NewsroomIssue = Awaited<ReturnType<typeof getIssue>>;
export type NewsroomPage = NewsroomIssue['pages'][number];
