import { ActionForm } from '@/components/forms/action-form';
import { PageSignature, ProofMarkList } from '@/components/newsroom/page-review';
import { PdfExportLinks } from '@/components/newsroom/pdf-export-links';
import { SlotFit } from '@/components/newsroom/slot-fit';
import { GuideBoxEditor } from '@/components/newsroom/guide-box-editor';
import { IssueStatusBadge } from '@/components/newsroom/issue-status-badge';
import { Button } from '@/components/ui/button';
import { PAGE_GRID } from '@/lib/domain/page-templates';
import { calendarDate, lunarDateName, weekdayName } from '@/lib/domain/calendar';
import { issueNumberLabel, pageCountLabel } from '@/lib/domain/issue-numbering';
import { formatTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import { allows } from '@/lib/permissions';
import { getIssue } from '@/lib/server/issue/get-issue';
import { listPlaceableArticles } from '@/lib/server/article/list-articles';
import { loadPageData, requirePagePermission } from '@/lib/server/page-guard';
import { getLayoutVersion } from '@/lib/server/issue/get-layout-version';
import { getIssuePublicationTrouble } from '@/lib/server/jobs/troubled-jobs';
import { listTemplates } from '@/lib/server/template/list-templates';
import { submitIssueAction } from '../actions';
import { AddPageForm } from './add-page-form';
import { BoardRefresher } from './board-refresher';
import { LayoutBoard } from './layout-board';

const EDITABLE_STATUSES = ['PLANNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'];

/** The issue board: every page with its slots, what fills them, and what is ready to place. */
export default async function IssueBoardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('issue.read');
  const { id } = await params;
  // The version first: a change landing in between only causes one extra refresh.
  const version = await loadPageData(getLayoutVersion({ actor, issueId: id }));
  const issue = await loadPageData(getIssue({ actor, issueId: id }));
  const [t, locale] = await Promise.all([getTranslations('issues'), getLocale()]);
  const canPlan = allows(actor, 'issue.plan', issue.publicationId) && EDITABLE_STATUSES.includes(issue.status);
  const [ready, templates] = canPlan ? await Promise.all([listPlaceableArticles({ actor, publicationId: issue.publicationId }), listTemplates({ actor, publicationId: issue.publicationId })]) : [[], null];
  const m = issue.masthead;
  // A scheduled issue whose publish job keeps failing: readers still see it on time, but staff should know.
  const trouble = issue.status === 'SCHEDULED' ? await getIssuePublicationTrouble({ actor, issueId: issue.id }).catch(() => null) : null;
  const jobs = trouble ? await getTranslations('jobs') : null;

  return (
    <div className="max-w-6xl">
      <div className="mb-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {issueNumberLabel(issue.number, locale)} · {calendarDate(issue.date, locale)} {weekdayName(issue.date, locale)}
        </h1>
        <IssueStatusBadge status={issue.status} />
      </div>
      <p className="mb-4 text-sm text-neutral-600" data-testid="issue-summary">
        {m.name} · {t('lunarDate', { lunar: lunarDateName(issue.date) })} · {pageCountLabel(issue.pages.length, locale)}
      </p>
      <PdfExportLinks issueId={issue.id} />
      {trouble && jobs && (
        <p role="alert" data-testid="publication-job-trouble" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {jobs('issueWarning', { attempts: trouble.attempts, error: trouble.lastError })}
        </p>
      )}
      {issue.sentBackReason && issue.status === 'PLANNING' && (
        <p role="alert" data-testid="sent-back-reason" className="mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t('sentBack', { reason: issue.sentBackReason })}
        </p>
      )}
      {issue.status !== 'PLANNING' && (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {issue.status === 'AWAITING_SIGN_OFF' && <p>{t('submitted')}</p>}
          {issue.signedOffAt && issue.signedOffByName && <p>{t('signedOffBy', { name: issue.signedOffByName, time: formatTime(issue.signedOffAt, locale) })}</p>}
          {issue.status === 'SCHEDULED' && issue.publishAt && <p>{t('scheduledFor', { time: formatTime(issue.publishAt, locale) })}</p>}
          {issue.status === 'PUBLISHED' && issue.publishedAt && <p>{t('publishedAt', { time: formatTime(issue.publishedAt, locale) })}</p>}
          <p className="text-neutral-600">{canPlan ? t('editWithdraws') : t('locked')}</p>
        </div>
      )}
      {canPlan && issue.status === 'PLANNING' && allows(actor, 'issue.submit', issue.publicationId) && (
        <div className="mb-6">
          <ActionForm action={submitIssueAction} hidden={{ issueId: issue.id }}>
            <Button type="submit">{t('submit')}</Button>
          </ActionForm>
        </div>
      )}
      <BoardRefresher issueId={issue.id} version={version} />
      <LayoutBoard
        pages={issue.pages.map((page) => ({
          id: page.id,
          number: page.number,
          name: page.name,
          editorName: page.editorName,
          artEditorName: page.artEditorName,
          template: page.template,
          slots: page.slots.map(({ placement, ...slot }) => ({
            ...slot,
            placement: placement ? { id: placement.id, articleId: placement.article.id, headline: placement.article.headline, part: placement.part } : null,
          })),
        }))}
        ready={ready.map((article) => ({ id: article.id, headline: article.headline }))}
        templates={templates?.templates.map(({ id, name, front }) => ({ id, name, front })) ?? []}
        grid={templates?.grid ?? PAGE_GRID}
        aspect={templates?.aspect ?? 297 / 420}
        canPlan={canPlan}
        slotExtras={Object.fromEntries(
          issue.pages.flatMap((page) =>
            page.slots
              .filter((slot) => slot.placement || slot.kind === 'GUIDE')
              .map((slot) => [
                slot.id,
                slot.kind === 'GUIDE' ? <GuideBoxEditor key={slot.id} issue={issue} slot={slot} canPlan={canPlan} /> : <SlotFit key={slot.id} issue={issue} page={page} slot={slot} canPlan={canPlan} />,
              ]),
          ),
        )}
        reviews={Object.fromEntries(
          issue.pages.map((page) => [
            page.id,
            <>
              <PageSignature page={page} />
              <ProofMarkList page={page} canResolve={canPlan} />
            </>,
          ]),
        )}
      >
        {canPlan && templates && <AddPageForm issueId={issue.id} pageCount={issue.pages.length} templates={templates.templates} />}
      </LayoutBoard>
    </div>
  );
}
