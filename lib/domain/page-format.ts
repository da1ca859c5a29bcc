// A publication's page format: paper size and grid. District papers are mostly
// 4开 tabloids (about 297 × 420 mm); 对开 broadsheets are about 420 × 594 mm.

export type PageFormat = {
  name: string;
  widthMm: number;
  heightMm: number;
  columns: number;
  rows: number;
};

export const DEFAULT_PAGE_FORMAT: PageFormat = { name: '4开', widthMm: 297, heightMm: 420, columns: 6, rows: 8 };
