import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { PageSignature, ProofMarkList } from '@/components/newsroom/page-review';
import { PdfExportLinks } from '@/components/newsroom/pdf-export-links';
import { SlotFit } from '@/components/newsroom/slot-fit';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { Button } from '@/components/ui/button';
import { pageTitle } from '@/lib/domain/page-numbering';
import { issueNumberLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { can } from '@/lib/permissions';
import { getIssue } from '@/lib/server/issue/get-issue';
import { listPlaceableArticles } from '@/lib/server/article/list-articles';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { placeArticleAction, removePlacementAction, submitIssueAction } from '../actions';

const EDITABLE_STATUSES = ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'];

/** The issue board: every page with its slots, what fills them, and what is ready to place. */
export default async function IssueBoardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('issue.read');
  const { id } = await params;
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const t = await getTranslations('issues');
  const canPlan = can(actor.roles, 'issue.plan') && EDITABLE_STATUSES.includes(issue.status);
  const ready = canPlan ? await listPlaceableArticles({ actor }) : [];
  const m = issue.masthead;

  return (
    <div className="max-w-6xl">
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {issueNumberLabel(issue.number)} · {m.date} {m.weekday}
        </h1>
        <IssueStatusBadge status={issue.status} />
      </div>
      <p className="mb-4 text-sm text-neutral-600">
        {m.name} · {m.lunarDate} · {m.pageCount}
      </p>
      <PdfExportLinks issueId={issue.id} />
      {issue.sentBackReason && issue.status === 'PLANNING' && (
        <p role="alert" data-testid="sent-back-reason" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('sentBack', { reason: issue.sentBackReason })}
        </p>
      )}
      {issue.status !== 'PLANNING' && (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {issue.status === 'AWAITING_SIGN_OFF' && <p>{t('submitted')}</p>}
          {issue.signedOffAt && issue.signedOffByName && <p>{t('signedOffBy', { name: issue.signedOffByName, time: formatTime(issue.signedOffAt) })}</p>}
          {issue.status === 'SCHEDULED' && issue.publishAt && <p>{t('scheduledFor', { time: formatTime(issue.publishAt) })}</p>}
          {issue.status === 'PUBLISHED' && issue.publishedAt && <p>{t('publishedAt', { time: formatTime(issue.publishedAt) })}</p>}
          <p className="text-neutral-600">{canPlan ? t('editWithdraws') : t('locked')}</p>
        </div>
      )}
      {canPlan && issue.status === 'PLANNING' && can(actor.roles, 'issue.submit') && (
        <div className="mb-6">
          <ActionForm action={submitIssueAction} hidden={{ issueId: issue.id }}>
            <Button type="submit">{t('submit')}</Button>
          </ActionForm>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {issue.pages.map((page) => (
          <section key={page.id} aria-label={pageTitle(page.number, page.name)} className="rounded border border-neutral-200 p-4">
            <div className="mb-3 flex items-baseline justify-between">
              <h2 className="font-bold">{pageTitle(page.number, page.name)}</h2>
              <Link href={`/newsroom/issues/${issue.id}/pages/${page.number}`} className="text-sm text-blue-700 underline">
                {t('proof')}
              </Link>
            </div>
            <p className="mb-2 text-xs text-neutral-600">
              {t('pageEditor')}：{page.editorName ?? '—'}　{t('artEditor')}：{page.artEditorName ?? '—'}
            </p>
            <div className="mb-2">
              <PageSignature page={page} />
              <ProofMarkList page={page} canResolve={canPlan} />
            </div>
            <ul className="flex flex-col gap-2">
              {page.slots.map((slot) => (
                <li key={slot.id} className="rounded bg-neutral-50 p-2 text-sm" data-testid={`slot-${page.number}-${slot.name}`}>
                  <span className="mr-2 inline-block w-10 font-medium text-neutral-600">{slot.name}</span>
                  {slot.placement ? (
                    <span className="inline-flex flex-wrap items-center gap-2">
                      <span className="font-serif font-bold">{slot.placement.article.headline}</span>
                      <SlotFit issue={issue} page={page} slot={slot} canPlan={canPlan} />
                      {canPlan && slot.placement.part === 1 && (
                        <ActionForm action={removePlacementAction} hidden={{ placementId: slot.placement.id }}>
                          <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                            {t('remove')}
                          </Button>
                        </ActionForm>
                      )}
                    </span>
                  ) : canPlan && ready.length > 0 ? (
                    <ActionForm action={placeArticleAction} hidden={{ slotId: slot.id }} className="inline-flex flex-wrap items-center gap-2">
                      <label className="sr-only" htmlFor={`article-${slot.id}`}>
                        {t('readyList')}
                      </label>
                      <select id={`article-${slot.id}`} name="articleId" defaultValue="" className="max-w-64 rounded border border-neutral-300 px-1 py-0.5">
                        <option value="" disabled>
                          {t('chooseArticle')}
                        </option>
                        {ready.map((article) => (
                          <option key={article.id} value={article.id}>
                            {article.headline}
                          </option>
                        ))}
                      </select>
                      <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                        {t('place')}
                      </Button>
                    </ActionForm>
                  ) : (
                    <span className="text-neutral-400">{t('emptySlot')}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {canPlan && ready.length === 0 && <p className="mt-4 text-sm text-neutral-600">{t('noReady')}</p>}
    </div>
  );
}
