// The slot layouts pages are created with: rectangles on a 6-column, 8-row grid.
// (Templates become editable data with the layout desk; these are the defaults.)

export const PAGE_GRID = { columns: 6, rows: 8 } as const;

export type SlotRect = { name: string; column: number; row: number; columns: number; rows: number };

const FRONT_PAGE: SlotRect[] = [
  { name: '头条', column: 1, row: 1, columns: 4, rows: 4 },
  { name: '二条', column: 5, row: 1, columns: 2, rows: 4 },
  { name: '三条', column: 1, row: 5, columns: 3, rows: 4 },
  { name: '四条', column: 4, row: 5, columns: 3, rows: 4 },
];

const INSIDE_PAGE: SlotRect[] = [
  { name: '头条', column: 1, row: 1, columns: 6, rows: 4 },
  { name: '二条', column: 1, row: 5, columns: 3, rows: 4 },
  { name: '三条', column: 4, row: 5, columns: 3, rows: 4 },
];

export function defaultSlots(pageNumber: number): SlotRect[] {
  return pageNumber === 1 ? FRONT_PAGE : INSIDE_PAGE;
}

/** True when every slot lies on the grid and no two overlap. */
export function slotsFitGrid(slots: SlotRect[]): boolean {
  const taken = new Set<string>();
  for (const slot of slots) {
    if (slot.column < 1 || slot.row < 1 || slot.columns < 1 || slot.rows < 1) return false;
    if (slot.column + slot.columns - 1 > PAGE_GRID.columns || slot.row + slot.rows - 1 > PAGE_GRID.rows) return false;
    for (let c = slot.column; c < slot.column + slot.columns; c++) {
      for (let r = slot.row; r < slot.row + slot.rows; r++) {
        const cell = `${c},${r}`;
        if (taken.has(cell)) return false;
        taken.add(cell);
      }
    }
  }
  return true;
}
