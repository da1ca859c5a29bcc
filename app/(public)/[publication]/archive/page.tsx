import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { issuePath, isPublicationSlug } from '@/lib/reader-paths';
import { chineseDate } from '@/lib/domain/calendar';
import { formatYearMonth, monthGrid, parseYearMonth, shiftMonth } from '@/lib/domain/month-grid';
import { readerTranslations } from '@/components/reader/reader-i18n';
import { readerPageHeading } from '@/components/reader/reader-metadata';
import { listPublishedIssuesInMonth, publishedDateRange } from '@/lib/server/reader/archive';
import { getPublishedPublication } from '@/lib/server/reader/published-issues';

type Props = { params: Promise<{ publication: string }>; searchParams: Promise<{ month?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ publication: slug }, t] = await Promise.all([params, readerTranslations('reader')]);
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  return { title: readerPageHeading(t('archive'), publication?.name ?? ''), alternates: { canonical: `/${slug}/archive` } };
}

/** 往期回顾: a month of published issues; days without an issue are not links. */
export default async function ArchivePage({ params, searchParams }: Props) {
  const [{ publication: slug }, { month }] = await Promise.all([params, searchParams]);
  const publication = isPublicationSlug(slug) ? await getPublishedPublication(slug) : null;
  const range = publication ? await publishedDateRange(slug) : null;
  if (!publication || !range) notFound();
  const shown = parseYearMonth(month) ?? parseYearMonth(range.last.slice(0, 7))!;
  const [issues, t] = await Promise.all([listPublishedIssuesInMonth({ publicationSlug: slug, ...shown }), readerTranslations('reader')]);
  const byDate = new Map(issues.map((issue) => [issue.date, issue.number]));
  const previous = shiftMonth(shown, -1);
  const next = shiftMonth(shown, 1);
  const hasPrevious = formatYearMonth(previous) >= range.first.slice(0, 7);
  const hasNext = formatYearMonth(next) <= range.last.slice(0, 7);
  const navLink = 'rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100';

  return (
    <div className="mx-auto max-w-xl bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">
        {publication.name} · {t('archive')}
      </h1>
      <div className="my-4 flex items-center justify-between">
        {hasPrevious ? (
          <Link className={navLink} href={`/${slug}/archive?month=${formatYearMonth(previous)}`}>
            ← {t('previousMonth')}
          </Link>
        ) : (
          <span />
        )}
        <h2 className="text-lg font-bold">{t('monthTitle', { year: shown.year, month: shown.month })}</h2>
        {hasNext ? (
          <Link className={navLink} href={`/${slug}/archive?month=${formatYearMonth(next)}`}>
            {t('nextMonth')} →
          </Link>
        ) : (
          <span />
        )}
      </div>
      <table className="w-full table-fixed text-center">
        <thead>
          <tr>
            {t('weekdays')
              .split(',')
              .map((day) => (
                <th key={day} scope="col" className="py-1 text-sm font-medium text-neutral-600">
                  {day}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(shown).map((week, index) => (
            <tr key={index}>
              {week.map((date, day) => {
                const number = date ? byDate.get(date) : undefined;
                return (
                  <td key={day} className="h-12 border border-neutral-100">
                    {date && number !== undefined ? (
                      <Link
                        href={issuePath(slug, number)}
                        className="block rounded bg-masthead/10 py-2 font-bold text-masthead hover:bg-masthead hover:text-white"
                        aria-label={t('issueOn', { date: chineseDate(date), number })}
                      >
                        {Number(date.slice(8))}
                      </Link>
                    ) : date ? (
                      <span className="text-neutral-500">{Number(date.slice(8))}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
