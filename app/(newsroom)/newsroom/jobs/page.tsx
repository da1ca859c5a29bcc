import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { listTroubledJobs } from '@/lib/server/jobs/troubled-jobs';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { retryJobAction } from './actions';

export const dynamic = 'force-dynamic';

/** 后台任务: background jobs that failed or are retrying, for the installation admin and chief editors. */
export default async function JobsPage() {
  const actor = await requirePagePermission('jobs.manage');
  const [t, locale, jobs] = await Promise.all([getTranslations('jobs'), getLocale(), loadPageData(listTroubledJobs({ actor }))]);
  return (
    <div className="max-w-5xl">
      <h1 className="mb-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mb-4 text-sm text-neutral-600">{t('intro')}</p>
      {jobs.length === 0 ? (
        <p data-testid="jobs-none">{t('none')}</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="troubled-jobs">
          <thead className="border-b border-neutral-300 text-neutral-600">
            <tr>
              <th className="py-2 font-medium">{t('what')}</th>
              <th className="py-2 font-medium">{t('state')}</th>
              <th className="py-2 font-medium">{t('attempts')}</th>
              <th className="py-2 font-medium">{t('lastError')}</th>
              <th className="py-2 font-medium">
                <span className="sr-only">{t('retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} className="border-b border-neutral-100 align-top">
                <td className="py-2">
                  <p>{t(`queue.${job.queue}`)}</p>
                  {job.issue && (
                    <Link href={`/newsroom/issues/${job.issue.id}`} className="text-blue-700 underline">
                      {job.issue.publicationName} {issueNumberLabel(job.issue.number, locale)}
                      {job.page !== null && ` · ${t('page', { number: job.page })}`}
                    </Link>
                  )}
                  <p className="text-xs text-neutral-500">{formatTime(job.createdOn, locale)}</p>
                </td>
                <td className="py-2">
                  {job.state === 'failed' ? (
                    <span className="text-red-800">{t('failed')}</span>
                  ) : (
                    <span className="text-amber-800">{job.nextTryAt ? t('retryingAt', { time: formatTime(job.nextTryAt, locale) }) : t('retrying')}</span>
                  )}
                </td>
                <td className="py-2">{t('attemptsOf', { attempts: job.attempts, limit: job.retryLimit + 1 })}</td>
                <td className="max-w-sm py-2 break-words font-mono text-xs">{job.lastError}</td>
                <td className="py-2">
                  {job.state === 'failed' && (
                    <ActionForm action={retryJobAction} hidden={{ queue: job.queue, id: job.id }}>
                      <Button type="submit">{t('retry')}</Button>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
