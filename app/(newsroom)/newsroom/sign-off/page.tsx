import Link from 'next/link';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { weekdayName } from '@/lib/domain/calendar';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { listIssues } from '@/lib/server/issue/list-issues';
import { requirePagePermission } from '@/lib/server/page-guard';

export default async function SignOffQueuePage() {
  const actor = await requirePagePermission('issue.signOff');
  const [t, issueText, waiting, signed] = await Promise.all([
    getTranslations('signOff'),
    getTranslations('issues'),
    listIssues({ actor, statuses: ['AWAITING_SIGN_OFF'] }),
    listIssues({ actor, statuses: ['SIGNED_OFF', 'SCHEDULED'] }),
  ]);
  const locale = await getLocale();
  const list = (issues: typeof waiting) => (
    <ul className="flex flex-col gap-2">
      {issues.map((issue) => (
        <li key={issue.id} className="flex flex-wrap items-center gap-3 rounded border border-neutral-200 p-3 text-sm">
          <Link href={`/newsroom/sign-off/${issue.id}`} className="font-bold text-blue-800 hover:underline">
            {issue.publication.name} {issueNumberLabel(issue.number, locale)}
          </Link>
          <span>
            {issue.date} {weekdayName(issue.date, locale)}
          </span>
          <IssueStatusBadge status={issue.status} />
          {issue.submittedAt && (
            <span className="text-neutral-600">
              {issue.submittedByName ? issueText('submittedBy', { name: issue.submittedByName, time: formatTime(issue.submittedAt, locale) }) : t('submittedAt', { time: formatTime(issue.submittedAt, locale) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="max-w-4xl">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      <h2 className="mb-2 font-bold">{t('queue')}</h2>
      {waiting.length ? list(waiting) : <p className="text-neutral-600">{t('empty')}</p>}
      {signed.length > 0 && (
        <>
          <h2 className="mt-6 mb-2 font-bold">{t('signed')}</h2>
          {list(signed)}
        </>
      )}
    </div>
  );
}
