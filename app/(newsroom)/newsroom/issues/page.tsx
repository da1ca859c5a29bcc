import Link from 'next/link';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { weekdayName } from '@/lib/domain/calendar';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { allowsHere } from '@/lib/permissions';
import { listIssues } from '@/lib/server/issue/list-issues';
import { requirePagePermission } from '@/lib/server/page-guard';

export default async function IssuesPage() {
  const actor = await requirePagePermission('issue.read');
  const [t, locale, issues] = await Promise.all([getTranslations('issues'), getLocale(), listIssues({ actor })]);
  return (
    <div className="max-w-5xl">
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {allowsHere(actor, 'issue.create') && (
          <Link href="/newsroom/issues/new" className="rounded bg-neutral-900 px-3 py-1.5 text-sm text-white hover:bg-neutral-700">
            {t('new')}
          </Link>
        )}
      </div>
      {issues.length === 0 ? (
        <p className="text-neutral-600">{t('empty')}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-neutral-300 text-neutral-600">
            <tr>
              <th className="py-2 font-medium">{t('number')}</th>
              <th className="py-2 font-medium">{t('date')}</th>
              <th className="py-2 font-medium">{t('publication')}</th>
              <th className="py-2 font-medium">{t('pageCount')}</th>
              <th className="py-2 font-medium">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id} className="border-b border-neutral-100">
                <td className="py-2">
                  <Link href={`/newsroom/issues/${issue.id}`} className="text-blue-800 hover:underline">
                    {issueNumberLabel(issue.number, locale)}
                  </Link>
                </td>
                <td className="py-2">
                  {issue.date} {weekdayName(issue.date, locale)}
                </td>
                <td className="py-2">{issue.publication.name}</td>
                <td className="py-2">{issue.pageCount}</td>
                <td className="py-2">
                  <IssueStatusBadge status={issue.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
