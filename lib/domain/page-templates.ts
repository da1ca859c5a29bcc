// Page templates 版式: named slot layouts on a publication's column/row grid.
// Templates are data (PageTemplate); these rules decide which layouts are
// printable, and which template changes would take stories off a page.

/** The grid pages were drawn on before publications carried their own (lib/domain/page-format.ts). */
export const PAGE_GRID = { columns: 6, rows: 8 } as const;

export type Grid = { columns: number; rows: number };

export const SLOT_KINDS = ['STORY', 'PHOTO', 'GUIDE', 'SERVICE'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** Stories go into story and photo slots; the 导读 box and the service strip are built, not filled. */
export const PLACEABLE_KINDS: readonly SlotKind[] = ['STORY', 'PHOTO'];

export type Rect = { column: number; row: number; columns: number; rows: number };
export type SlotRect = Rect & { name: string };
export type TemplateSlot = SlotRect & { kind: SlotKind };

export const MAX_SLOTS = 24;
export const MAX_SLOT_NAME = 12;

export type SlotProblem =
  | { reason: 'nameRequired'; slot: number }
  | { reason: 'nameTooLong'; slot: number; name: string }
  | { reason: 'duplicateName'; slot: number; name: string }
  | { reason: 'offGrid'; slot: number; name: string }
  | { reason: 'overlap'; slot: number; name: string; other: string }
  | { reason: 'noSlots' }
  | { reason: 'tooManySlots' };

function isWhole(n: number) {
  return Number.isInteger(n);
}

/** True when `rect` lies on `grid`, whole cells only, at least one cell big. */
export function rectOnGrid(rect: Rect, grid: Grid): boolean {
  const { column, row, columns, rows } = rect;
  if (![column, row, columns, rows].every(isWhole)) return false;
  if (column < 1 || row < 1 || columns < 1 || rows < 1) return false;
  return column + columns - 1 <= grid.columns && row + rows - 1 <= grid.rows;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.column < b.column + b.columns && b.column < a.column + a.columns && a.row < b.row + b.rows && b.row < a.row + a.rows;
}

/**
 * Every problem with a template's slots, each naming the slot (by index and name)
 * and why: off the page, overlapping another (named), unnamed or named twice.
 * An empty list means the template is printable.
 */
export function templateProblems(slots: readonly TemplateSlot[] | readonly SlotRect[], grid: Grid): SlotProblem[] {
  const problems: SlotProblem[] = [];
  if (slots.length === 0) return [{ reason: 'noSlots' }];
  if (slots.length > MAX_SLOTS) return [{ reason: 'tooManySlots' }];
  const seen = new Set<string>();
  slots.forEach((slot, index) => {
    const name = slot.name.trim();
    if (!name) problems.push({ reason: 'nameRequired', slot: index });
    else if ([...name].length > MAX_SLOT_NAME) problems.push({ reason: 'nameTooLong', slot: index, name });
    else if (seen.has(name)) problems.push({ reason: 'duplicateName', slot: index, name });
    seen.add(name);
    if (!rectOnGrid(slot, grid)) {
      problems.push({ reason: 'offGrid', slot: index, name });
      return;
    }
    const other = slots.slice(0, index).find((earlier) => rectOnGrid(earlier, grid) && rectsOverlap(earlier, slot));
    if (other) problems.push({ reason: 'overlap', slot: index, name, other: other.name });
  });
  return problems;
}

/** True when every slot lies on the grid and no two overlap. */
export function slotsFitGrid(slots: readonly SlotRect[], grid: Grid = PAGE_GRID): boolean {
  return templateProblems(slots, grid).every((problem) => problem.reason !== 'offGrid' && problem.reason !== 'overlap' && problem.reason !== 'noSlots');
}

/** The rectangle a drag from one cell to another covers, whichever way it went. */
export function rectFromCells(from: { column: number; row: number }, to: { column: number; row: number }): Rect {
  const column = Math.min(from.column, to.column);
  const row = Math.min(from.row, to.row);
  return { column, row, columns: Math.abs(to.column - from.column) + 1, rows: Math.abs(to.row - from.row) + 1 };
}

/** `rect` moved by whole cells, or grown/shrunk from its bottom-right corner when `resize` is set. */
export function nudgeRect(rect: Rect, delta: { columns: number; rows: number }, resize = false): Rect {
  return resize
    ? { ...rect, columns: rect.columns + delta.columns, rows: rect.rows + delta.rows }
    : { ...rect, column: rect.column + delta.columns, row: rect.row + delta.rows };
}

/**
 * Changing a page's template keeps every story in the slot of the same name, so
 * the change is allowed only when each filled slot has a namesake that takes
 * stories. Returns the names of the filled slots that would lose their story.
 */
export function storiesLostByTemplateChange(
  filledSlotNames: readonly string[],
  next: readonly Pick<TemplateSlot, 'name' | 'kind'>[],
): string[] {
  return filledSlotNames.filter((name) => !next.some((slot) => slot.name === name && PLACEABLE_KINDS.includes(slot.kind)));
}

export type TemplateSeed = { name: string; front: boolean; slots: TemplateSlot[] };

const story = (name: string, column: number, row: number, columns: number, rows: number): TemplateSlot => ({ name, kind: 'STORY', column, row, columns, rows });

/**
 * The layouts a new publication starts with. The first two are the ones every
 * page was created with before templates were data (migration 0007 adds them to
 * existing publications).
 */
export const SEED_TEMPLATES: TemplateSeed[] = [
  { name: '头版·四条', front: true, slots: [story('头条', 1, 1, 4, 4), story('二条', 5, 1, 2, 4), story('三条', 1, 5, 3, 4), story('四条', 4, 5, 3, 4)] },
  { name: '内页·三条', front: false, slots: [story('头条', 1, 1, 6, 4), story('二条', 1, 5, 3, 4), story('三条', 4, 5, 3, 4)] },
  {
    name: '头版·导读',
    front: true,
    slots: [
      story('头条', 1, 1, 4, 4),
      { name: '导读', kind: 'GUIDE', column: 5, row: 1, columns: 2, rows: 4 },
      story('二条', 1, 5, 3, 3),
      { name: '图片', kind: 'PHOTO', column: 4, row: 5, columns: 3, rows: 3 },
      { name: '服务栏', kind: 'SERVICE', column: 1, row: 8, columns: 6, rows: 1 },
    ],
  },
  {
    name: '内页·图片',
    front: false,
    slots: [{ name: '图片', kind: 'PHOTO', column: 1, row: 1, columns: 4, rows: 4 }, story('头条', 5, 1, 2, 8), story('二条', 1, 5, 2, 4), story('三条', 3, 5, 2, 4)],
  },
];

/**
 * The template a new page gets when none is chosen: the publication's first page-1
 * template for page 1, its first inside template for the others (`templates`
 * oldest first), or whatever there is.
 */
export function defaultTemplateFor<T extends { front: boolean }>(templates: readonly T[], pageNumber: number): T | undefined {
  return templates.find((template) => template.front === (pageNumber === 1)) ?? templates[0];
}

/** The column/row grid of a publication's page format (Publication.pageFormat), or the old fixed grid. */
export function gridOf(pageFormat: unknown): Grid {
  const format = (pageFormat ?? {}) as { columns?: unknown; rows?: unknown };
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 48;
  return ok(format.columns) && ok(format.rows) ? { columns: format.columns, rows: format.rows } : { ...PAGE_GRID };
}
