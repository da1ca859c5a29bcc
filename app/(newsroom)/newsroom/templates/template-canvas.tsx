'use client';

import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslations } from 'use-intl';
import { nudgeRect, rectFromCells, rectOnGrid, type Grid, type Rect, type TemplateSlot } from '@/lib/domain/page-templates';

type Gesture =
  | { mode: 'draw'; start: { column: number; row: number } }
  | { mode: 'move'; index: number; offset: { column: number; row: number } }
  | { mode: 'resize'; index: number };

const ARROWS: Record<string, { columns: number; rows: number }> = {
  ArrowLeft: { columns: -1, rows: 0 },
  ArrowRight: { columns: 1, rows: 0 },
  ArrowUp: { columns: 0, rows: -1 },
  ArrowDown: { columns: 0, rows: 1 },
};

const area = (rect: Rect): CSSProperties => ({ gridColumn: `${rect.column} / span ${rect.columns}`, gridRow: `${rect.row} / span ${rect.rows}` });

/**
 * The page drawn at its proportions with its grid: drag across empty cells to
 * draw a slot, drag a slot to move it, drag its corner to resize it. A selected
 * slot moves with the arrow keys and resizes with Shift+arrows. Every change
 * goes through `propose`, which refuses overlaps and slots off the page.
 */
export function TemplateCanvas({
  grid,
  aspect,
  front,
  slots,
  selected,
  onSelect,
  propose,
  onDraw,
  onDelete,
  disabled,
}: {
  grid: Grid;
  aspect: number;
  front: boolean;
  slots: TemplateSlot[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** Tries a new rectangle for slot `index`; false when refused (the reason is announced by the caller). */
  propose: (index: number, rect: Rect) => boolean;
  onDraw: (rect: Rect) => void;
  onDelete: (index: number) => void;
  disabled: boolean;
}) {
  const t = useTranslations('templates');
  const gridRef = useRef<HTMLDivElement>(null);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const [preview, setPreview] = useState<Rect | null>(null);

  const cellAt = (event: PointerEvent) => {
    const box = gridRef.current!.getBoundingClientRect();
    const column = Math.floor(((event.clientX - box.left) / box.width) * grid.columns) + 1;
    const row = Math.floor(((event.clientY - box.top) / box.height) * grid.rows) + 1;
    return { column: Math.min(Math.max(column, 1), grid.columns), row: Math.min(Math.max(row, 1), grid.rows) };
  };

  const rectFor = (g: Gesture, cell: { column: number; row: number }): Rect => {
    if (g.mode === 'draw') return rectFromCells(g.start, cell);
    const slot = slots[g.index];
    if (g.mode === 'move') return { ...slot, column: cell.column - g.offset.column, row: cell.row - g.offset.row };
    return { ...slot, columns: Math.max(1, cell.column - slot.column + 1), rows: Math.max(1, cell.row - slot.row + 1) };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (disabled || event.button !== 0) return;
    const target = event.target as HTMLElement;
    const cell = cellAt(event);
    const slotElement = target.closest<HTMLElement>('[data-slot-index]');
    let next: Gesture;
    if (slotElement) {
      const index = Number(slotElement.dataset.slotIndex);
      onSelect(index);
      next = target.dataset.handle ? { mode: 'resize', index } : { mode: 'move', index, offset: { column: cell.column - slots[index].column, row: cell.row - slots[index].row } };
    } else {
      next = { mode: 'draw', start: cell };
    }
    event.preventDefault();
    gridRef.current!.setPointerCapture(event.pointerId);
    setGesture(next);
    setPreview(rectFor(next, cell));
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (gesture) setPreview(rectFor(gesture, cellAt(event)));
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!gesture) return;
    const rect = rectFor(gesture, cellAt(event));
    if (gesture.mode === 'draw') onDraw(rect);
    else {
      const slot = slots[gesture.index];
      // A plain click selects; only a real move or resize is proposed (and announced).
      const changed = rect.column !== slot.column || rect.row !== slot.row || rect.columns !== slot.columns || rect.rows !== slot.rows;
      if (changed) propose(gesture.index, rect);
    }
    setGesture(null);
    setPreview(null);
  };

  const onSlotKey = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (disabled) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onDelete(index);
      return;
    }
    const delta = ARROWS[event.key];
    if (!delta) return;
    event.preventDefault();
    propose(index, nudgeRect(slots[index], delta, event.shiftKey));
  };

  return (
    <div className="mx-auto flex w-full max-w-[460px] flex-col border border-neutral-400 bg-paper p-[4%] shadow-sm" style={{ aspectRatio: String(aspect) }}>
      {front && (
        <div className="mb-2 flex h-[14%] shrink-0 items-center justify-center border-b-2 border-neutral-800 font-serif text-lg text-neutral-500" data-testid="masthead-area">
          {t('mastheadArea')}
        </div>
      )}
      <div
        ref={gridRef}
        data-testid="template-grid"
        aria-label={t('gridLabel', { columns: grid.columns, rows: grid.rows })}
        aria-describedby="template-keys"
        role="group"
        className="relative grid min-h-0 flex-1 touch-none select-none"
        style={{ gridTemplateColumns: `repeat(${grid.columns}, 1fr)`, gridTemplateRows: `repeat(${grid.rows}, 1fr)` }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          setGesture(null);
          setPreview(null);
        }}
      >
        {Array.from({ length: grid.columns * grid.rows }, (_, i) => {
          const column = (i % grid.columns) + 1;
          const row = Math.floor(i / grid.columns) + 1;
          return <div key={i} aria-hidden data-testid={`cell-${column}-${row}`} className="border border-dashed border-neutral-200" style={area({ column, row, columns: 1, rows: 1 })} />;
        })}
        {slots.map((slot, index) => (
          <button
            key={index}
            type="button"
            data-slot-index={index}
            data-testid={`template-slot-${slot.name}`}
            aria-pressed={selected === index}
            aria-label={t('slotLabel', { name: slot.name || '—', kind: t(`kinds.${slot.kind}`), column: slot.column, row: slot.row, columns: slot.columns, rows: slot.rows })}
            onClick={() => onSelect(index)}
            onKeyDown={onSlotKey(index)}
            className={`relative z-10 m-[2px] flex cursor-move flex-col items-start overflow-hidden rounded-sm border p-1 text-left text-xs focus-visible:outline-2 focus-visible:outline-blue-600 ${
              selected === index ? 'border-blue-700 bg-blue-100' : slot.kind === 'STORY' ? 'border-neutral-500 bg-white/90' : 'border-amber-600 bg-amber-50/90'
            }`}
            style={area(slot)}
          >
            <span className="font-bold">{slot.name || '—'}</span>
            <span className="text-neutral-600">{t(`kinds.${slot.kind}`)}</span>
            {!disabled && <span aria-hidden data-handle="resize" className="absolute right-0 bottom-0 h-3 w-3 cursor-se-resize bg-blue-700" />}
          </button>
        ))}
        {preview && rectOnGrid(preview, grid) && <div aria-hidden className="pointer-events-none z-20 m-[2px] border-2 border-dashed border-blue-600 bg-blue-200/40" style={area(preview)} />}
      </div>
    </div>
  );
}
