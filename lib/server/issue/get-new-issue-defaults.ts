import 'server-only';
import { db } from '@/lib/db';
import { beijingToday, isoDateFromDb, nextDay } from '@/lib/domain/calendar';
import { nextIssueNumber } from '@/lib/domain/issue-numbering';
import { notFound } from '@/lib/errors';
import { assertCan, currentPublicationOf, type Actor } from '../session';

const DEFAULT_PAGE_NAMES = ['要闻', '综合', '专题', '副刊'];

/**
 * What the new-issue form proposes for the current publication (or `publicationId`):
 * last number + 1, the day after the last issue, its pages and their templates.
 */
export async function getNewIssueDefaults({ actor, publicationId }: { actor: Actor; publicationId?: string }) {
  const publication = await db.publication.findUnique({ where: { id: publicationId ?? currentPublicationOf(actor) } });
  if (!publication) throw notFound();
  assertCan(actor, 'issue.create', publication.id);
  const last = await db.issue.findFirst({
    where: { publicationId: publication.id },
    orderBy: { number: 'desc' },
    select: { number: true, date: true, pages: { orderBy: { number: 'asc' }, select: { name: true, editorId: true, artEditorId: true, templateId: true } } },
  });
  const today = beijingToday();
  const afterLast = last ? nextDay(isoDateFromDb(last.date)) : today;
  return {
    publication,
    number: nextIssueNumber(last?.number ?? null),
    date: afterLast > today ? afterLast : today,
    pages: last?.pages.length ? last.pages : DEFAULT_PAGE_NAMES.map((name) => ({ name, editorId: null, artEditorId: null, templateId: null })),
  };
}
