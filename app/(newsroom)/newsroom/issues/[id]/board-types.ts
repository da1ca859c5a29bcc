// What the board's client components get from the server page: plain data only.
import type { SlotKind } from '@/lib/domain/page-templates';

export type BoardSlot = {
  id: string;
  name: string;
  kind: SlotKind;
  column: number;
  row: number;
  columns: number;
  rows: number;
  /** part 2 is a jumped story's continuation (转版) */
  placement: { id: string; articleId: string; headline: string; part: number } | null;
};

export type BoardPage = {
  id: string;
  number: number;
  name: string;
  editorName: string | null;
  artEditorName: string | null;
  template: { id: string; name: string } | null;
  slots: BoardSlot[];
};

export type ReadyStory = { id: string; headline: string };
export type TemplateOption = { id: string; name: string; front: boolean };

/** Drag payloads, each under its own type so a drop target can tell them apart while dragging. */
export const DRAG_STORY = 'application/x-masthead-story';
export const DRAG_PLACEMENT = 'application/x-masthead-placement';
export const DRAG_PAGE = 'application/x-masthead-page';
