import { ActionForm } from '@/components/forms/action-form';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { NewspaperPage } from '@/components/newspaper/newspaper-page';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { getIssue } from '@/lib/server/issue/get-issue';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { cancelScheduleAction, publishAction, scheduleAction, sendBackAction, sendBackPageAction, signOffAction, signPageAction, undoSignOffAction } from '../actions';
import { PageSignature, ProofMarkList } from '@/components/newsroom/page-review';
import { pageTitle } from '@/lib/domain/page-numbering';
import { beijingDateTimeInput } from '@/lib/domain/calendar';
import { TextField } from '@/components/ui/field';

/** 06:00 Beijing time on the issue's date, the usual hour, or the next full hour when that has passed. */
function defaultPublishAt(date: string): string {
  const morning = new Date(`${date}T06:00:00+08:00`);
  if (morning.getTime() > Date.now()) return beijingDateTimeInput(morning);
  const nextHour = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return beijingDateTimeInput(nextHour);
}

/** The chief editor reads every page as it will appear, then signs off or sends back. */
export default async function SignOffIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('issue.signOff');
  const { id } = await params;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const locale = await getLocale();
  const [t, issues] = await Promise.all([getTranslations('signOff'), getTranslations('issues')]);
  return (
    <div className="max-w-5xl">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {t('read')} · {issue.masthead.name} {issueNumberLabel(issue.number, locale)}
        </h1>
        <IssueStatusBadge status={issue.status} />
      </div>
      <div role="status" className="mb-3 text-sm text-neutral-700">
        {issue.status === 'SIGNED_OFF' && <p className="font-medium text-green-800">{t('signedOff')}</p>}
        {issue.status === 'SCHEDULED' && issue.publishAt && <p className="font-medium text-blue-800">{t('scheduledFor', { time: formatTime(issue.publishAt, locale) })}</p>}
        {issue.status === 'PUBLISHED' && <p className="font-medium text-green-800">{t('published')}</p>}
        {issue.status === 'PLANNING' && issue.sentBackReason && (
          <p>
            {t('sentBack')} {issue.sentBackReason}
          </p>
        )}
        {issue.signedOffAt && issue.signedOffByName && <p>{issues('signedOffBy', { name: issue.signedOffByName, time: formatTime(issue.signedOffAt, locale) })}</p>}
      </div>
      <div className="mb-6 flex flex-wrap items-start gap-6 rounded border border-neutral-200 bg-neutral-50 p-4">
        {issue.status === 'AWAITING_SIGN_OFF' && (
          <>
            <ActionForm action={signOffAction} hidden={{ issueId: issue.id }} className="flex flex-col gap-1">
              <Button type="submit">{t('signOff')}</Button>
              <span className="text-xs text-neutral-600" data-testid="signed-pages">
                {issues('signedPages', { signed: issue.pages.filter((p) => p.signedAt).length, total: issue.pages.length })}
              </span>
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
            <ActionForm action={scheduleAction} hidden={{ issueId: issue.id }} className="flex flex-col gap-2">
              <TextField label={t('publishAt')} name="publishAt" type="datetime-local" step={1} defaultValue={defaultPublishAt(issue.date)} hint={t('publishAtHint')} />
              <div>
                <Button type="submit" variant="secondary">
                  {t('schedule')}
                </Button>
              </div>
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
      {issue.status === 'SCHEDULED' && (
        <div className="mb-6">
          <ActionForm action={cancelScheduleAction} hidden={{ issueId: issue.id }}>
            <Button type="submit" variant="secondary">
              {t('cancelSchedule')}
            </Button>
          </ActionForm>
        </div>
      )}
      <div className="flex flex-col gap-10">
        {issue.pages.map((page) => (
          <div key={page.id} className="flex flex-col gap-3">
            <div className="flex flex-wrap items-start gap-4 rounded border border-neutral-200 p-3">
              <h2 className="font-bold">{pageTitle(page.number, page.name, locale)}</h2>
              <PageSignature page={page} />
              {issue.status === 'AWAITING_SIGN_OFF' && (
                <>
                  {!page.signedAt && (
                    <ActionForm action={signPageAction} hidden={{ pageId: page.id }}>
                      <Button type="submit">{t('signPage')}</Button>
                    </ActionForm>
                  )}
                  <ActionForm action={sendBackPageAction} hidden={{ pageId: page.id }} className="flex min-w-72 flex-1 flex-col gap-2">
                    <TextAreaField label={t('pageReason')} id={`reason-${page.id}`} name="reason" rows={1} className="[&_textarea]:min-h-9" />
                    <SelectField label={t('pinToStory')} id={`article-${page.id}`} name="articleId" defaultValue="">
                      <option value="">{issues('noStory')}</option>
                      {page.slots.flatMap((slot) =>
                        slot.placement ? [<option key={slot.id} value={slot.placement.article.id}>{slot.placement.article.headline}</option>] : [],
                      )}
                    </SelectField>
                    <div>
                      <Button type="submit" variant="danger">
                        {t('sendBackPage')}
                      </Button>
                    </div>
                  </ActionForm>
                </>
              )}
              <ProofMarkList page={page} canResolve={false} />
            </div>
            <NewspaperPage issue={issue} page={page} locale={locale} proof />
          </div>
        ))}
      </div>
    </div>
  );
}
