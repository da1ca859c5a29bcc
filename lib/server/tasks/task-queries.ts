import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TaskKind } from '@/lib/domain/tasks';
import { allows } from '@/lib/permissions';
import type { Actor } from '../session';

/** One piece of work waiting: what, where it is done, who asked, when and why. */
export type TaskItem = {
  kind: TaskKind;
  id: string;
  /** Where the work is done. */
  href: string;
  /** The story's headline, or empty for an issue or a page (the UI names those from `issueNumber`/`page`). */
  title: string;
  issueNumber: number | null;
  page: { number: number; name: string } | null;
  /** The passage a comment is on. */
  quote: string | null;
  /** Who sent it back, commented, marked, filed or submitted it. */
  who: string | null;
  at: Date | null;
  /** The reason, the comment, the proof note. */
  why: string | null;
};

type Scope = { actor: Actor; publicationId: string };

/** Issues whose pages still change, so their proof marks and sent-back pages can be dealt with. */
const OPEN_ISSUES: Prisma.IssueWhereInput['status'] = { in: ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'] };

/**
 * Pages that are mine: the page names me as 责任编辑 or 美编; a page naming no
 * 责任编辑 belongs to every page editor of the paper (whoever may plan it).
 */
function myPages({ actor, publicationId }: Scope): Prisma.PageWhereInput {
  const mine: Prisma.PageWhereInput[] = [{ editorId: actor.id }, { artEditorId: actor.id }];
  if (allows(actor, 'issue.plan', publicationId)) mine.push({ editorId: null });
  return { OR: mine };
}

// The rules, one per kind: the same `where` counts and lists, so the badge and the list agree.
const where = {
  sentBack: ({ actor, publicationId }: Scope): Prisma.ArticleWhereInput => ({ authorId: actor.id, publicationId, status: 'SENT_BACK' }),
  comments: ({ actor, publicationId }: Scope): Prisma.ArticleCommentWhereInput => ({
    resolvedAt: null,
    authorId: { not: actor.id },
    article: { authorId: actor.id, publicationId },
  }),
  awaitingEdit: ({ publicationId }: Scope): Prisma.ArticleWhereInput => ({ publicationId, status: 'FILED' }),
  pagesSentBack: (scope: Scope): Prisma.PageWhereInput => ({
    sentBackReason: { not: null },
    signedAt: null,
    issue: { publicationId: scope.publicationId, status: { in: ['PLANNING', 'AWAITING_SIGN_OFF'] } },
    ...myPages(scope),
  }),
  proofMarks: (scope: Scope): Prisma.ProofMarkWhereInput => ({
    resolvedAt: null,
    page: { issue: { publicationId: scope.publicationId, status: OPEN_ISSUES }, ...myPages(scope) },
  }),
  issueSentBack: ({ publicationId }: Scope): Prisma.IssueWhereInput => ({ publicationId, status: 'PLANNING', sentBackReason: { not: null } }),
  awaitingSignOff: ({ publicationId }: Scope): Prisma.IssueWhereInput => ({ publicationId, status: 'AWAITING_SIGN_OFF' }),
};

/** Who made the latest of `actions` on each entity, and when (read from the audit trail in one query). */
async function latestAudit(entityType: string, entityIds: string[], actions: string[]) {
  const latest = new Map<string, { who: string; at: Date }>();
  if (entityIds.length === 0) return latest;
  const rows = await db.auditEvent.findMany({
    where: { entityType, entityId: { in: entityIds }, action: { in: actions } },
    orderBy: { createdAt: 'desc' },
    select: { entityId: true, createdAt: true, actor: { select: { name: true } } },
  });
  for (const row of rows) if (!latest.has(row.entityId)) latest.set(row.entityId, { who: row.actor.name, at: row.createdAt });
  return latest;
}

const blank = { title: '', issueNumber: null, page: null, quote: null, who: null, at: null, why: null } satisfies Partial<TaskItem>;

type KindQuery = { count: (scope: Scope) => Promise<number>; list: (scope: Scope, take: number) => Promise<TaskItem[]> };

/** How each kind is counted and listed, newest first, as every list in the newsroom. */
export const TASK_QUERIES: Record<TaskKind, KindQuery> = {
  sentBack: {
    count: (scope) => db.article.count({ where: where.sentBack(scope) }),
    list: async (scope, take) => {
      const rows = await db.article.findMany({ where: where.sentBack(scope), orderBy: { updatedAt: 'desc' }, take, select: { id: true, headline: true, sentBackReason: true, updatedAt: true } });
      const audit = await latestAudit('article', rows.map((r) => r.id), ['article.sendBack']);
      return rows.map((r) => ({ ...blank, kind: 'sentBack', id: r.id, href: `/newsroom/articles/${r.id}`, title: r.headline, who: audit.get(r.id)?.who ?? null, at: audit.get(r.id)?.at ?? r.updatedAt, why: r.sentBackReason }));
    },
  },
  comments: {
    count: (scope) => db.articleComment.count({ where: where.comments(scope) }),
    list: async (scope, take) => {
      const rows = await db.articleComment.findMany({
        where: where.comments(scope),
        orderBy: { createdAt: 'desc' },
        take,
        select: { id: true, quote: true, body: true, createdAt: true, author: { select: { name: true } }, article: { select: { id: true, headline: true } } },
      });
      return rows.map((r) => ({ ...blank, kind: 'comments', id: r.id, href: `/newsroom/articles/${r.article.id}`, title: r.article.headline, quote: r.quote, who: r.author.name, at: r.createdAt, why: r.body }));
    },
  },
  awaitingEdit: {
    count: (scope) => db.article.count({ where: where.awaitingEdit(scope) }),
    list: async (scope, take) => {
      const rows = await db.article.findMany({ where: where.awaitingEdit(scope), orderBy: { updatedAt: 'desc' }, take, select: { id: true, headline: true, updatedAt: true, author: { select: { name: true } } } });
      const audit = await latestAudit('article', rows.map((r) => r.id), ['article.file']);
      return rows.map((r) => ({ ...blank, kind: 'awaitingEdit', id: r.id, href: `/newsroom/articles/${r.id}`, title: r.headline, who: r.author.name, at: audit.get(r.id)?.at ?? r.updatedAt }));
    },
  },
  pagesSentBack: {
    count: (scope) => db.page.count({ where: where.pagesSentBack(scope) }),
    list: async (scope, take) => {
      const rows = await db.page.findMany({
        where: where.pagesSentBack(scope),
        orderBy: { sentBackAt: 'desc' },
        take,
        select: { id: true, number: true, name: true, sentBackReason: true, sentBackAt: true, issue: { select: { id: true, number: true } } },
      });
      const audit = await latestAudit('issue', [...new Set(rows.map((r) => r.issue.id))], ['page.sendBack']);
      return rows.map((r) => ({
        ...blank,
        kind: 'pagesSentBack',
        id: r.id,
        href: `/newsroom/issues/${r.issue.id}/pages/${r.number}`,
        issueNumber: r.issue.number,
        page: { number: r.number, name: r.name },
        // The issue's latest send-back names the chief editor (one chief signs an issue).
        who: audit.get(r.issue.id)?.who ?? null,
        at: r.sentBackAt,
        why: r.sentBackReason,
      }));
    },
  },
  proofMarks: {
    count: (scope) => db.proofMark.count({ where: where.proofMarks(scope) }),
    list: async (scope, take) => {
      const rows = await db.proofMark.findMany({
        where: where.proofMarks(scope),
        orderBy: { createdAt: 'desc' },
        take,
        select: { id: true, note: true, createdAt: true, author: { select: { name: true } }, article: { select: { headline: true } }, page: { select: { number: true, name: true, issue: { select: { id: true, number: true } } } } },
      });
      return rows.map((r) => ({
        ...blank,
        kind: 'proofMarks',
        id: r.id,
        href: `/newsroom/issues/${r.page.issue.id}/pages/${r.page.number}`,
        title: r.article?.headline ?? '',
        issueNumber: r.page.issue.number,
        page: { number: r.page.number, name: r.page.name },
        who: r.author.name,
        at: r.createdAt,
        why: r.note,
      }));
    },
  },
  issueSentBack: {
    count: (scope) => db.issue.count({ where: where.issueSentBack(scope) }),
    list: async (scope, take) => {
      const rows = await db.issue.findMany({ where: where.issueSentBack(scope), orderBy: { date: 'desc' }, take, select: { id: true, number: true, sentBackReason: true, sentBackAt: true } });
      const audit = await latestAudit('issue', rows.map((r) => r.id), ['issue.sendBack', 'issue.undoSignOff']);
      return rows.map((r) => ({ ...blank, kind: 'issueSentBack', id: r.id, href: `/newsroom/issues/${r.id}`, issueNumber: r.number, who: audit.get(r.id)?.who ?? null, at: r.sentBackAt, why: r.sentBackReason }));
    },
  },
  awaitingSignOff: {
    count: (scope) => db.issue.count({ where: where.awaitingSignOff(scope) }),
    list: async (scope, take) => {
      const rows = await db.issue.findMany({ where: where.awaitingSignOff(scope), orderBy: { date: 'desc' }, take, select: { id: true, number: true, submittedAt: true, submittedBy: { select: { name: true } } } });
      return rows.map((r) => ({ ...blank, kind: 'awaitingSignOff', id: r.id, href: `/newsroom/sign-off/${r.id}`, issueNumber: r.number, who: r.submittedBy?.name ?? null, at: r.submittedAt }));
    },
  },
};
