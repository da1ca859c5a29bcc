import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import { GUIDE_MAX_LINES, GUIDE_TEASER_MAX } from '@/lib/domain/guide-box';
import { getTranslations } from '@/lib/i18n/server';
import type { NewsroomIssue, NewsroomPage } from '@/lib/server/issue/get-issue';
import { addGuidePickAction, removeGuidePickAction } from '@/app/(newsroom)/newsroom/issues/layout-actions';

type Slot = NewsroomPage['slots'][number];

/** On the issue board, in a 导读 slot: its lines with their page references, and the form to add one. */
export async function GuideBoxEditor({ issue, slot, canPlan }: { issue: NewsroomIssue; slot: Slot; canPlan: boolean }) {
  const t = await getTranslations('layout');
  const lines = slot.guide ?? [];
  const picked = new Set(lines.map((line) => line.articleId));
  const candidates = issue.pages.flatMap((page) =>
    page.slots.filter((s) => s.placement?.part === 1 && !picked.has(s.placement.article.id)).map((s) => ({ id: s.placement!.article.id, headline: s.placement!.article.headline, page: page.number })),
  );
  return (
    <div className="mt-1 flex w-full flex-col gap-1 text-xs" data-testid={`guide-editor-${slot.name}`}>
      <ul className="flex flex-col gap-1">
        {lines.map((line) => (
          <li key={line.articleId} className="flex flex-wrap items-center gap-2">
            <span className="font-serif font-bold" data-testid="guide-editor-line">
              {line.teaser}
              {line.reference ?? t('guideNotPlacedNote', { note: t('guideNotPlaced') })}
            </span>
            {canPlan && (
              <ActionForm action={removeGuidePickAction} hidden={{ slotId: slot.id, articleId: line.articleId }}>
                <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
                  {t('guideRemove')}
                </Button>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
      {canPlan && lines.length < GUIDE_MAX_LINES && candidates.length > 0 && (
        <ActionForm action={addGuidePickAction} hidden={{ slotId: slot.id }} className="flex flex-wrap items-center gap-1">
          <label htmlFor={`guide-article-${slot.id}`}>{t('guideStory')}</label>
          <select id={`guide-article-${slot.id}`} name="articleId" defaultValue="" className="max-w-56 rounded border border-neutral-300 px-1 py-0.5">
            <option value="" disabled>
              {t('chooseArticle')}
            </option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.headline}
              </option>
            ))}
          </select>
          <label htmlFor={`guide-teaser-${slot.id}`}>{t('guideTeaser')}</label>
          <input id={`guide-teaser-${slot.id}`} name="teaser" maxLength={GUIDE_TEASER_MAX} className="w-40 rounded border border-neutral-300 px-1 py-0.5" placeholder={t('guideTeaserHint')} />
          <Button type="submit" variant="secondary" className="!px-2 !py-0.5 text-xs">
            {t('guideAdd')}
          </Button>
        </ActionForm>
      )}
    </div>
  );
}
