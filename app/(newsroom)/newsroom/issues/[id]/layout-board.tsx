'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition, type DragEvent, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { FormMessage } from '@/components/ui/form-message';
import type { Grid } from '@/lib/domain/page-templates';
import type { FormState } from '@/lib/server/form-action';
import { removePlacementAction } from '../actions';
import { DRAG_PLACEMENT, DRAG_STORY, type BoardPage, type ReadyStory, type TemplateOption } from './board-types';
import { PageCard } from './page-card';

export type Run = (
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
  fields: Record<string, string>,
  focus?: { slotId?: string; pageId?: string },
) => void;

/**
 * The pages of an issue with their slots, and the stories ready to place. Every
 * move works by dragging (native HTML5 drag and drop: no library, and the
 * keyboard path below does not depend on it) and by the controls in each slot.
 * Outcomes are announced in one live region; focus follows the moved story.
 */
export function LayoutBoard({
  pages,
  ready,
  templates,
  grid,
  aspect,
  canPlan,
  reviews,
  slotExtras,
  children,
}: {
  pages: BoardPage[];
  ready: ReadyStory[];
  templates: TemplateOption[];
  grid: Grid;
  aspect: number;
  canPlan: boolean;
  /** Each page's signature and proof marks, rendered on the server. */
  reviews: Record<string, ReactNode>;
  /** Per placed slot: copy-fit figure, jump line and 转版 controls (rendered on the server) */
  slotExtras: Record<string, ReactNode>;
  /** The add-page form. */
  children?: ReactNode;
}) {
  const t = useTranslations('board');
  const router = useRouter();
  const [notice, setNotice] = useState<FormState>({ status: 'idle' });
  const [focus, setFocus] = useState<{ slotId?: string; pageId?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [dropReady, setDropReady] = useState(false);

  /** Announces an outcome in the board's live region. */
  const notify = (state: FormState) => setNotice({ status: state.status, message: Object.values(state.fieldErrors ?? {})[0] ?? state.message });

  const run: Run = (action, fields, nextFocus) =>
    startTransition(async () => {
      const formData = new FormData();
      for (const [name, value] of Object.entries(fields)) formData.set(name, value);
      const state = await action({ status: 'idle' }, formData);
      notify(state);
      if (state.status === 'success' && nextFocus) setFocus(nextFocus);
      // Refused because the board was out of date: show what is there now.
      if (state.status === 'error') router.refresh();
    });

  // Once the board shows the change, focus goes where the story or page went.
  useEffect(() => {
    if (!focus) return;
    const selector = focus.slotId ? `[data-slot-id="${focus.slotId}"]` : `[data-page-id="${focus.pageId}"]`;
    document.querySelector<HTMLElement>(selector)?.focus();
    setFocus(null);
  }, [pages, focus]);

  const onReadyDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropReady(false);
    const data = event.dataTransfer.getData(DRAG_PLACEMENT);
    if (!data) return;
    const { placementId } = JSON.parse(data) as { placementId: string };
    run(removePlacementAction, { placementId });
  };

  return (
    <div className="flex flex-col gap-4 xl:flex-row-reverse xl:items-start">
      {canPlan && (
        <aside
          aria-labelledby="ready-heading"
          className={`rounded border p-3 xl:sticky xl:top-4 xl:w-72 xl:shrink-0 ${dropReady ? 'border-blue-600 bg-blue-50' : 'border-neutral-200'}`}
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes(DRAG_PLACEMENT)) return;
            event.preventDefault();
            setDropReady(true);
          }}
          onDragLeave={() => setDropReady(false)}
          onDrop={onReadyDrop}
          data-testid="ready-list"
        >
          <h2 id="ready-heading" className="mb-1 font-bold">
            {t('readyTitle', { count: ready.length })}
          </h2>
          <p className="mb-2 text-xs text-neutral-600">{t('readyHint')}</p>
          <ul className="flex flex-col gap-1">
            {ready.map((story) => (
              <li
                key={story.id}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(DRAG_STORY, JSON.stringify({ articleId: story.id }));
                  event.dataTransfer.effectAllowed = 'move';
                }}
                data-testid="ready-story"
                className="cursor-grab rounded border border-neutral-300 bg-white px-2 py-1 font-serif text-sm hover:border-blue-500"
              >
                {story.headline}
              </li>
            ))}
          </ul>
          {ready.length === 0 && <p className="text-sm text-neutral-600">{t('noReady')}</p>}
        </aside>
      )}
      <div className="min-w-0 flex-1">
        <div aria-live="polite" aria-atomic="true" data-testid="board-notice" className="sticky top-0 z-30 mb-2" aria-busy={pending}>
          {notice.status !== 'idle' && <FormMessage status={notice.status} message={notice.message} />}
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          {pages.map((page) => (
            <PageCard key={page.id} page={page} pages={pages} ready={ready} templates={templates} grid={grid} aspect={aspect} canPlan={canPlan} review={reviews[page.id]} slotExtras={slotExtras} run={run} notify={notify} />
          ))}
        </div>
        {children}
      </div>
    </div>
  );
}
