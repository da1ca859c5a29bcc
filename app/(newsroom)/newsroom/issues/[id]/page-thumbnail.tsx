'use client';

import { useState, type CSSProperties, type DragEvent } from 'react';
import { useTranslations } from 'use-intl';
import { PLACEABLE_KINDS, type Grid } from '@/lib/domain/page-templates';
import { placeArticleAction } from '../actions';
import { moveStoryAction } from '../layout-actions';
import { DRAG_PLACEMENT, DRAG_STORY, type BoardPage, type BoardSlot } from './board-types';
import type { Run } from './layout-board';

/**
 * A live miniature of the page at its proportions: each slot where the template
 * puts it, filled with its story's headline or empty. Slots take dropped stories
 * (from the ready list or another slot; onto a filled slot, the two swap).
 */
export function PageThumbnail({ page, grid, aspect, canPlan, run }: { page: BoardPage; grid: Grid; aspect: number; canPlan: boolean; run: Run }) {
  const t = useTranslations('board');
  const kinds = useTranslations('templates.kinds');
  const [over, setOver] = useState<string | null>(null);

  const onDrop = (slot: BoardSlot) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const story = event.dataTransfer.getData(DRAG_STORY);
    const placement = event.dataTransfer.getData(DRAG_PLACEMENT);
    if (story) {
      const { articleId } = JSON.parse(story) as { articleId: string };
      run(placeArticleAction, { slotId: slot.id, articleId }, { slotId: slot.id });
    } else if (placement) {
      const { placementId, fromSlotId } = JSON.parse(placement) as { placementId: string; fromSlotId: string };
      if (fromSlotId === slot.id) return;
      run(moveStoryAction, { placementId, fromSlotId, toSlotId: slot.id, toPlacementId: slot.placement?.id ?? '' }, { slotId: slot.id });
    }
  };

  return (
    <div className="flex flex-col border border-neutral-400 bg-paper p-[3%]" style={{ aspectRatio: String(aspect) }} data-testid={`thumbnail-${page.number}`}>
      {page.number === 1 && <div aria-hidden className="mb-1 h-[12%] shrink-0 border-b-2 border-neutral-700 text-center font-serif text-xs text-neutral-500">{t('masthead')}</div>}
      <div className="grid min-h-0 flex-1" style={{ gridTemplateColumns: `repeat(${grid.columns}, 1fr)`, gridTemplateRows: `repeat(${grid.rows}, 1fr)` }}>
        {page.slots.map((slot) => {
          const placeable = PLACEABLE_KINDS.includes(slot.kind);
          const style: CSSProperties = { gridColumn: `${slot.column} / span ${slot.columns}`, gridRow: `${slot.row} / span ${slot.rows}` };
          const tone = !placeable ? 'border-amber-500 bg-amber-50 text-amber-900' : slot.placement ? 'border-neutral-600 bg-white' : 'border-dashed border-neutral-400 bg-neutral-50 text-neutral-400';
          return (
            <div
              key={slot.id}
              data-testid={`thumb-${page.number}-${slot.name}`}
              data-filled={slot.placement ? 'true' : 'false'}
              style={style}
              className={`m-[1px] min-h-0 overflow-hidden rounded-sm border p-0.5 text-[10px] leading-tight ${tone} ${over === slot.id ? 'ring-2 ring-blue-600' : ''}`}
              draggable={canPlan && !!slot.placement}
              onDragStart={(event) => {
                if (!slot.placement) return;
                event.dataTransfer.setData(DRAG_PLACEMENT, JSON.stringify({ placementId: slot.placement.id, fromSlotId: slot.id }));
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (!canPlan || !placeable) return;
                if (!event.dataTransfer.types.includes(DRAG_STORY) && !event.dataTransfer.types.includes(DRAG_PLACEMENT)) return;
                event.preventDefault();
                setOver(slot.id);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={onDrop(slot)}
            >
              <span className="block text-neutral-500">{slot.name}{placeable ? '' : ` · ${kinds(slot.kind)}`}</span>
              {slot.placement ? <span className={`block font-serif font-bold text-neutral-900 ${canPlan ? 'cursor-grab' : ''}`}>{slot.placement.headline}</span> : placeable && <span>{t('empty')}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
