import { readerTranslations } from '@/components/reader/reader-i18n';
import { chineseDate } from '@/lib/domain/calendar';
import { formatYearMonth, monthGrid, shiftMonth, type YearMonth } from '@/lib/domain/month-grid';
import { issuePath } from '@/lib/reader-paths';

/** 往期回顾: a month of published issues; days without an issue are not links. */
export function ArchiveView({ publicationName, slug, shown, range, issues }: { publicationName: string; slug: string; shown: YearMonth; range: { first: string; last: string }; issues: { date: string; number: number }[] }) {
  const t = readerTranslations('reader');
  const byDate = new Map(issues.map((issue) => [issue.date, issue.number]));
  const previous = shiftMonth(shown, -1);
  const next = shiftMonth(shown, 1);
  const hasPrevious = formatYearMonth(previous) >= range.first.slice(0, 7);
  const hasNext = formatYearMonth(next) <= range.last.slice(0, 7);
  const navLink = 'rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100';

  return (
    <div className="mx-auto max-w-xl bg-white p-6 shadow-sm">
      <h1 className="mb-1 text-2xl font-bold">
        {publicationName} · {t('archive')}
      </h1>
      <div className="my-4 flex items-center justify-between">
        {hasPrevious ? (
          <a className={navLink} href={`/${slug}/archive?month=${formatYearMonth(previous)}`}>
            ← {t('previousMonth')}
          </a>
        ) : (
          <span />
        )}
        <h2 className="text-lg font-bold">{t('monthTitle', { year: shown.year, month: shown.month })}</h2>
        {hasNext ? (
          <a className={navLink} href={`/${slug}/archive?month=${formatYearMonth(next)}`}>
            {t('nextMonth')} →
          </a>
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
                      <a
                        href={issuePath(slug, number)}
                        className="block rounded bg-masthead/10 py-2 font-bold text-masthead hover:bg-masthead hover:text-white"
                        aria-label={t('issueOn', { date: chineseDate(date), number })}
                      >
                        {Number(date.slice(8))}
                      </a>
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
