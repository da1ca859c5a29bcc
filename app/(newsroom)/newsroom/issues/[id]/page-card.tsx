'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { ActionForm } from '@/components/forms/action-form';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/server/form-action';
import { pageTitle } from '@/lib/domain/page-numbering';
import { useStaffLocale } from '@/lib/i18n/use-staff-locale';
import { PLACEABLE_KINDS, type Grid } from '@/lib/domain/page-templates';
import { placeArticleAction, removePlacementAction } from '../actions';
import { changeTemplateAction, movePageAction, moveStoryAction, removePageAction } from '../layout-actions';
import { DRAG_PAGE, type BoardPage, type BoardSlot, type ReadyStory, type TemplateOption } from './board-types';
import type { Run } from './layout-board';
import { PageThumbnail } from './page-thumbnail';

const SMALL = '!px-2 !py-0.5 text-xs';

/** One page on the board: what it is, who has it, its miniature, and a row of controls per slot. */
export function PageCard(props: { page: BoardPage; pages: BoardPage[]; ready: ReadyStory[]; templates: TemplateOption[]; grid: Grid; aspect: number; canPlan: boolean; review: ReactNode; slotExtras: Record<string, ReactNode>; run: Run; notify: (state: FormState) => void }) {
  const { page, pages, canPlan, run } = props;
  const t = useTranslations('board');
  const issues = useTranslations('issues');
  const locale = useStaffLocale();
  const { id: issueId } = useParams<{ id: string }>();
  const [dropping, setDropping] = useState(false);
  const placeable = page.slots.filter((slot) => PLACEABLE_KINDS.includes(slot.kind));
  const filled = placeable.filter((slot) => slot.placement).length;
  const title = pageTitle(page.number, page.name, locale);

  const moveTo = (to: number) => run(movePageAction, { pageId: page.id, from: String(page.number), to: String(to) }, { pageId: page.id });
  const removeThis = () => {
    const stories = page.slots.filter((slot) => slot.placement).length;
    if (!window.confirm(stories ? t('confirmRemoveWithStories', { title, count: stories }) : t('confirmRemove', { title }))) return;
    run(removePageAction, { pageId: page.id, takeOffStories: stories ? 'on' : '' });
  };

  return (
    <section
      aria-label={title}
      data-page-id={page.id}
      tabIndex={-1}
      className={`rounded border p-4 ${dropping ? 'border-blue-600 bg-blue-50' : 'border-neutral-200'}`}
      onDragOver={(event) => {
        if (!canPlan || !event.dataTransfer.types.includes(DRAG_PAGE)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        const data = event.dataTransfer.getData(DRAG_PAGE);
        if (!data) return;
        event.preventDefault();
        const { pageId, from } = JSON.parse(data) as { pageId: string; from: number };
        if (pageId !== page.id) run(movePageAction, { pageId, from: String(from), to: String(page.number) }, { pageId });
      }}
    >
      <div
        className={`mb-2 flex flex-wrap items-baseline justify-between gap-2 ${canPlan ? 'cursor-grab' : ''}`}
        draggable={canPlan}
        data-testid={`page-handle-${page.number}`}
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_PAGE, JSON.stringify({ pageId: page.id, from: page.number }));
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        <h2 className="font-bold">{title}</h2>
        <span className="text-xs text-neutral-600" data-testid={`fill-${page.number}`}>
          {t('fill', { filled, total: placeable.length })}
        </span>
        <Link href={`/newsroom/issues/${issueId}/pages/${page.number}`} className="text-sm text-blue-700 underline">
          {issues('proof')}
        </Link>
      </div>
      <p className="mb-2 text-xs text-neutral-600" data-testid={`page-staff-${page.number}`}>
        {t('pageStaff', { editor: page.editorName ?? '—', artEditor: page.artEditorName ?? '—', template: page.template?.name ?? '—' })}
      </p>
      <div className="mb-2">{props.review}</div>
      {canPlan && (
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <Button variant="secondary" className={SMALL} disabled={page.number === 1} onClick={() => moveTo(page.number - 1)} aria-label={t('moveUpLabel', { title })}>
            {t('moveUp')}
          </Button>
          <Button variant="secondary" className={SMALL} disabled={page.number === pages.length} onClick={() => moveTo(page.number + 1)} aria-label={t('moveDownLabel', { title })}>
            {t('moveDown')}
          </Button>
          <Button variant="secondary" className={SMALL} disabled={pages.length === 1} onClick={removeThis} aria-label={t('removeLabel', { title })}>
            {t('remove')}
          </Button>
          <TemplateSwitch page={page} templates={props.templates} run={run} />
        </div>
      )}
      <div className="mx-auto mb-3 w-full max-w-64">
        <PageThumbnail page={page} grid={props.grid} aspect={props.aspect} canPlan={canPlan} run={run} />
      </div>
      <ul className="flex flex-col gap-2">
        {page.slots.map((slot) => (
          <SlotRow key={slot.id} slot={slot} page={page} pages={pages} ready={props.ready} canPlan={canPlan} run={run} notify={props.notify} extra={props.slotExtras[slot.id]} />
        ))}
      </ul>
    </section>
  );
}

function TemplateSwitch({ page, templates, run }: { page: BoardPage; templates: TemplateOption[]; run: Run }) {
  const t = useTranslations('board');
  const locale = useStaffLocale();
  const id = `template-${page.id}`;
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        const templateId = String(new FormData(event.currentTarget).get('templateId') ?? '');
        run(changeTemplateAction, { pageId: page.id, templateId }, { pageId: page.id });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('templateFor', { title: pageTitle(page.number, page.name, locale) })}
      </label>
      <select id={id} name="templateId" defaultValue={page.template?.id ?? ''} className="max-w-36 rounded border border-neutral-300 px-1 py-0.5 text-xs">
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" className={SMALL}>
        {t('changeTemplate')}
      </Button>
    </form>
  );
}

/** A slot's keyboard controls: place a story, take it off, or move it to any other slot of the issue (a swap if filled). */
function SlotRow({ slot, page, pages, ready, canPlan, run, notify, extra }: { slot: BoardSlot; page: BoardPage; pages: BoardPage[]; ready: ReadyStory[]; canPlan: boolean; run: Run; notify: (state: FormState) => void; extra?: ReactNode }) {
  const t = useTranslations('board');
  const issues = useTranslations('issues');
  const kinds = useTranslations('templates.kinds');
  const locale = useStaffLocale();
  const placeable = PLACEABLE_KINDS.includes(slot.kind);
  const targets = pages.flatMap((p) => p.slots.filter((s) => s.id !== slot.id && PLACEABLE_KINDS.includes(s.kind)).map((s) => ({ page: p, slot: s })));
  const moveId = `move-${slot.id}`;
  // Twelve slots carry the same controls: each is named after its page and slot.
  const where = `${pageTitle(page.number, null, locale)} ${slot.name}`;
  // Placing or taking off replaces the form that had focus; focus stays on the slot instead of falling to the page.
  const row = useRef<HTMLLIElement>(null);
  const submitted = useRef(false);
  const placementId = slot.placement?.id ?? null;
  // The form that was used is gone with the change, so its outcome is announced here
  // (a refusal leaves the form in place, and ActionForm reports it).
  useEffect(() => {
    if (!submitted.current) return;
    submitted.current = false;
    row.current?.focus();
    notify({ status: 'success', message: t(placementId ? 'storyPlaced' : 'storyTakenOff') });
    // Only a change of placement is announced, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placementId]);

  return (
    <li
      ref={row}
      // The move form hands focus to the target slot itself (LayoutBoard).
      onSubmitCapture={(event) => {
        submitted.current = !(event.target as HTMLElement).dataset.move;
      }} tabIndex={-1} data-slot-id={slot.id} className="rounded bg-neutral-50 p-2 text-sm focus:outline-2 focus:outline-blue-600" data-testid={`slot-${page.number}-${slot.name}`}>
      <span className="mr-2 inline-block min-w-10 font-medium text-neutral-600">{slot.name}</span>
      {!placeable ? (
        <div className="inline-flex w-full flex-wrap items-center gap-2">
          <span className="text-amber-800">{kinds(slot.kind)}</span>
          {extra}
        </div>
      ) : slot.placement ? (
        <div className="inline-flex flex-wrap items-center gap-2">
          <span className="font-serif font-bold">{slot.placement.headline}</span>
          {extra}
          {/* A continuation (part 2) is taken off with its own control (取消转版) in `extra`. */}
          {canPlan && slot.placement.part === 1 && (
            <>
              <ActionForm action={removePlacementAction} hidden={{ placementId: slot.placement.id }} onOutcome={notify}>
                <Button type="submit" variant="secondary" className={SMALL} aria-label={issues('removeFrom', { where, headline: slot.placement.headline })}>
                  {issues('remove')}
                </Button>
              </ActionForm>
              <form
                data-move="true"
                className="inline-flex items-center gap-1"
                onSubmit={(event) => {
                  event.preventDefault();
                  const [toSlotId, toPlacementId = ''] = String(new FormData(event.currentTarget).get('target') ?? '').split('|');
                  run(moveStoryAction, { placementId: slot.placement!.id, fromSlotId: slot.id, toSlotId, toPlacementId }, { slotId: toSlotId });
                }}
              >
                <label htmlFor={moveId} className="text-xs text-neutral-600">
                  {t('moveTo')}
                </label>
                <select id={moveId} name="target" defaultValue="" className="max-w-56 rounded border border-neutral-300 px-1 py-0.5 text-xs">
                  <option value="">{t('chooseSlot')}</option>
                  {targets.map(({ page: p, slot: s }) => (
                    <option key={s.id} value={`${s.id}|${s.placement?.id ?? ''}`}>
                      {s.placement ? t('targetSwap', { page: pageTitle(p.number, null, locale), slot: s.name, headline: s.placement.headline }) : t('targetEmpty', { page: pageTitle(p.number, null, locale), slot: s.name })}
                    </option>
                  ))}
                </select>
                <Button type="submit" variant="secondary" className={SMALL}>
                  {t('move')}
                </Button>
              </form>
            </>
          )}
        </div>
      ) : canPlan && ready.length > 0 ? (
        <ActionForm action={placeArticleAction} hidden={{ slotId: slot.id }} className="inline-flex flex-wrap items-center gap-2" onOutcome={notify}>
          <label className="sr-only" htmlFor={`article-${slot.id}`}>
            {issues('readyListFor', { where })}
          </label>
          <select id={`article-${slot.id}`} name="articleId" defaultValue="" className="max-w-64 rounded border border-neutral-300 px-1 py-0.5">
            <option value="" disabled>
              {issues('chooseArticle')}
            </option>
            {ready.map((article) => (
              <option key={article.id} value={article.id}>
                {article.headline}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" className={SMALL} aria-label={issues('placeIn', { where })}>
            {issues('place')}
          </Button>
        </ActionForm>
      ) : (
        <span className="text-neutral-600">{issues('emptySlot')}</span>
      )}
    </li>
  );
}
