import { ActionForm } from '@/components/forms/action-form';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { getIssue } from '@/lib/server/issue/get-issue';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { publishAction, sendBackAction, signOffAction, undoSignOffAction } from '../actions';

/** The chief editor reads every page as it will appear, then signs off or sends back. */
export default async function SignOffIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('issue.signOff');
  const { id } = await params;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const [t, issues] = await Promise.all([getTranslations('signOff'), getTranslations('issues')]);
  return (
    <div className="max-w-5xl">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {t('read')} · {issue.masthead.name} {issueNumberLabel(issue.number)}
        </h1>
        <IssueStatusBadge status={issue.status} />
      </div>
      <div role="status" className="mb-3 text-sm text-neutral-700">
        {issue.status === 'SIGNED_OFF' && <p className="font-medium text-green-800">{t('signedOff')}</p>}
        {issue.status === 'PUBLISHED' && <p className="font-medium text-green-800">{t('published')}</p>}
        {issue.status === 'PLANNING' && issue.sentBackReason && (
          <p>
            {t('sentBack')} {issue.sentBackReason}
          </p>
        )}
        {issue.signedOffAt && issue.signedOffByName && <p>{issues('signedOffBy', { name: issue.signedOffByName, time: formatTime(issue.signedOffAt) })}</p>}
      </div>
      <div className="mb-6 flex flex-wrap items-start gap-6 rounded border border-neutral-200 bg-neutral-50 p-4">
        {issue.status === 'AWAITING_SIGN_OFF' && (
          <>
            <ActionForm action={signOffAction} hidden={{ issueId: issue.id }}>
              <Button type="submit">{t('signOff')}</Button>
            </ActionForm>
            <ActionForm action={sendBackAction} hidden={{ issueId: issue.id }} className="flex min-w-80 flex-1 flex-col gap-2">
              <TextAreaField label={t('reason')} name="reason" hint={t('reasonHint')} rows={2} />
              <div>
                <Button type="submit" variant="danger">
                  {t('sendBack')}
                </Button>
              </div>
            </ActionForm>
          </>
        )}
        {issue.status === 'SIGNED_OFF' && (
          <>
            <ActionForm action={publishAction} hidden={{ issueId: issue.id }}>
              <Button type="submit">{t('publish')}</Button>
            </ActionForm>
            <ActionForm action={undoSignOffAction} hidden={{ issueId: issue.id }} className="flex min-w-80 flex-1 flex-col gap-2">
              <TextAreaField label={t('undoReason')} name="reason" rows={2} />
              <div>
                <Button type="submit" variant="secondary">
                  {t('undo')}
                </Button>
              </div>
            </ActionForm>
          </>
        )}
      </div>
      <div className="flex flex-col gap-10">
        {issue.pages.map((page) => (
          <NewspaperPage key={page.id} page={page} masthead={issue.masthead} />
        ))}
      </div>
    </div>
  );
}
