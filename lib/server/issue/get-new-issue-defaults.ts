import 'server-only';
import { db } from '@/lib/db';
import { beijingToday, isoDateFromDb, nextDay } from '@/lib/domain/calendar';
import { nextIssueNumber } from '@/lib/domain/issue-numbering';
import { nextPublicationDay, pagesForDay, readWeekdayPages } from '@/lib/domain/publication-calendar';
import { notFound } from '@/lib/errors';
import { assertCan, currentPublicationOf, type Actor } from '../session';

const DEFAULT_PAGE_NAMES = ['要闻', '综合', '专题', '副刊'];

/**
 * What the new-issue form proposes for the current publication (or `publicationId`): the next publication day after the latest
 * issue (by date) and not before today, the latest number + 1 (the paper's
 * first issue number when it has none), and that weekday's usual pages with
 * their 版名, keeping the last issue's 责任编辑, 美编 and template page by page.
 */
export async function getNewIssueDefaults({ actor, publicationId }: { actor: Actor; publicationId?: string }) {
  const publication = await db.publication.findUnique({ where: { id: publicationId ?? currentPublicationOf(actor) } });
  if (!publication) throw notFound();
  assertCan(actor, 'issue.create', publication.id);
  const last = await db.issue.findFirst({
    where: { publicationId: publication.id },
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    select: { number: true, date: true, pages: { orderBy: { number: 'asc' }, select: { name: true, editorId: true, artEditorId: true, templateId: true } } },
  });
  const today = beijingToday();
  const afterLast = last ? nextDay(isoDateFromDb(last.date)) : today;
  const date = nextPublicationDay(afterLast > today ? afterLast : today, publication.publicationDays);
  const usual = pagesForDay(publication.weekdayPages, date);
  const lastPages = last?.pages ?? [];
  const pages = usual
    ? usual.map((name, index) => ({ name, editorId: lastPages[index]?.editorId ?? null, artEditorId: lastPages[index]?.artEditorId ?? null, templateId: null }))
    : lastPages.length
      ? lastPages
      : DEFAULT_PAGE_NAMES.map((name) => ({ name, editorId: null, artEditorId: null, templateId: null }));
  return {
    publication,
    number: last ? nextIssueNumber(last.number) : publication.firstIssueNumber,
    date,
    pages,
    /** For the form to propose the pages again when the date is changed. */
    weekdayPages: readWeekdayPages(publication.weekdayPages),
  };
}
