import { ActionForm } from '@/components/forms/action-form';
import { issueLayout } from '@/components/newspaper/newspaper-page';
import { Button } from '@/components/ui/button';
import { fitLabel } from '@/lib/domain/copy-fit';
import { pageTitle } from '@/lib/domain/page-numbering';
import { getLocale, getTranslations } from '@/lib/i18n/server';
import type { NewsroomIssue, NewsroomPage } from '@/lib/server/issue/get-issue';
import { continueArticleAction, removeContinuationAction } from '@/app/(newsroom)/newsroom/issues/actions';

type Slot = NewsroomPage['slots'][number];

/**
 * On the issue board, beside a placed story: how far it runs over or falls
 * short of its slot (+86字 / −40字), its jump line, and the controls to make
 * it continue on another page (转版) or take the continuation off.
 */
export async function SlotFit({ issue, page, slot, canPlan }: { issue: NewsroomIssue; page: NewsroomPage; slot: Slot; canPlan: boolean }) {
  const fit = issueLayout(issue).get(slot.id);
  const placement = slot.placement;
  if (!fit || !placement) return null;
  const [t, locale] = await Promise.all([getTranslations('layout'), getLocale()]);
  const testId = `${page.number}-${slot.name}`;
  const freeSlots = issue.pages
    .filter((other) => other.id !== page.id)
    .flatMap((other) => other.slots.filter((s) => !s.placement).map((s) => ({ id: s.id, label: `${pageTitle(other.number, other.name, locale)} ${s.name}` })));

  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-xs">
      <span
        data-testid={`fit-${testId}`}
        title={t('fitTitle', { capacity: fit.box.capacity })}
        className={`rounded px-1.5 py-0.5 font-medium tabular-nums ${fit.over > 0 ? 'bg-red-100 text-red-900' : 'bg-green-100 text-green-900'}`}
      >
        {fitLabel(fit.over, locale)}
      </span>
      {fit.jump && <span data-testid={`jump-${testId}`} className="font-serif font-bold">{fit.jump.line}</span>}
      {canPlan && placement.part === 2 && (
        <ActionForm action={removeContinuationAction} hidden={{ placementId: placement.id }}>
          <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
            {t('removeContinuation')}
          </Button>
        </ActionForm>
      )}
      {canPlan && placement.part === 1 && !fit.jump && fit.overflows && freeSlots.length > 0 && (
        <ActionForm action={continueArticleAction} hidden={{ placementId: placement.id }} className="inline-flex flex-wrap items-center gap-1">
          <label htmlFor={`jump-${slot.id}`}>{t('continueOn')}</label>
          <select id={`jump-${slot.id}`} name="slotId" defaultValue="" className="max-w-56 rounded border border-neutral-300 px-1 py-0.5">
            <option value="" disabled>
              {t('chooseSlot')}
            </option>
            {freeSlots.map((free) => (
              <option key={free.id} value={free.id}>
                {free.label}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
            {t('continue')}
          </Button>
        </ActionForm>
      )}
    </span>
  );
}
