// The shape every page rendering works from, newsroom proof and reader site alike.
import { isoDateFromDb } from '@/lib/domain/calendar';
import { guideLines, readGuidePicks } from '@/lib/domain/guide-box';
import { mastheadLines, parseMastheadSnapshot } from '@/lib/domain/masthead';
import { parsePageFormat } from '@/lib/domain/page-format';
import type { Prisma } from '@/lib/generated/prisma/client';

export const articleParts = {
  id: true,
  columnLabel: true,
  kicker: true,
  headline: true,
  subheadline: true,
  namesLine: true,
  dateline: true,
  source: true,
  credits: true,
  body: true,
  bylines: { orderBy: { position: 'asc' }, select: { name: true } },
  corrections: { orderBy: { createdAt: 'asc' }, select: { note: true, createdAt: true } },
} as const satisfies Prisma.ArticleSelect;

export const issueWithPages = {
  publication: { select: { slug: true } },
  pages: {
    orderBy: { number: 'asc' },
    include: {
      editor: { select: { name: true } },
      artEditor: { select: { name: true } },
      slots: {
        orderBy: [{ row: 'asc' }, { column: 'asc' }],
        include: { placement: { include: { article: { select: articleParts } } } },
      },
    },
  },
} as const satisfies Prisma.IssueInclude;

type IssueRow = Prisma.IssueGetPayload<{ include: typeof issueWithPages }>;

export function toIssueView(issue: IssueRow) {
  const date = isoDateFromDb(issue.date);
  // Where each story starts now, for 导读 lines (worked out on every drawing, never stored).
  const startPages = new Map<string, number>();
  const headlines = new Map<string, string>();
  for (const page of issue.pages) {
    for (const slot of page.slots) {
      if (slot.placement?.part !== 1) continue;
      startPages.set(slot.placement.articleId, page.number);
      headlines.set(slot.placement.articleId, slot.placement.article.headline);
    }
  }
  return {
    id: issue.id,
    number: issue.number,
    date,
    status: issue.status,
    publicationId: issue.publicationId,
    publicationSlug: issue.publication.slug,
    // The format the issue was made with: a later format change never re-flows it.
    format: parsePageFormat(issue.pageFormat),
    sentBackReason: issue.sentBackReason,
    sentBackAt: issue.sentBackAt,
    signedOffAt: issue.signedOffAt,
    // A scheduled issue past its time is out even before the job marks it published.
    publishedAt: issue.publishedAt ?? (issue.status === 'SCHEDULED' ? issue.publishAt : null),
    publishAt: issue.publishAt,
    masthead: mastheadLines({
      snapshot: parseMastheadSnapshot(issue.masthead),
      issueNumber: issue.number,
      pageCount: issue.pages.length,
      date,
    }),
    pages: issue.pages.map((page) => ({
      id: page.id,
      number: page.number,
      name: page.name,
      editorName: page.editor?.name ?? null,
      artEditorName: page.artEditor?.name ?? null,
      slots: page.slots.map((slot) => ({
        id: slot.id,
        name: slot.name,
        kind: slot.kind,
        column: slot.column,
        row: slot.row,
        columns: slot.columns,
        rows: slot.rows,
        placement: slot.placement
          ? { id: slot.placement.id, part: slot.placement.part, article: slot.placement.article }
          : null,
        guide: slot.kind === 'GUIDE' ? guideLines(readGuidePicks(slot.guidePicks), startPages, headlines) : null,
      })),
    })),
  };
}

export type IssueView = ReturnType<typeof toIssueView>;
export type PageView = IssueView['pages'][number];
export type ArticleView = NonNullable<PageView['slots'][number]['placement']>['article'];
