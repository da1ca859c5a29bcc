// A publication's page format: paper size, margins, the column and row grid
// slots sit on, and the body type. Chinese papers are 对开 broadsheets
// (390 × 545 mm, type area about 350 × 490) or 4开 tabloids (272 × 390 mm,
// type area about 245 × 350); body copy is set in 小五 (9 pt) or about 13级.
import { z } from 'zod';

/** 1 pt = 0.3528 mm; 1 级 (Q, the phototypesetting unit) = 0.25 mm. */
export const MM_PER_UNIT = { pt: 25.4 / 72, ji: 0.25 } as const;
export type TypeUnit = keyof typeof MM_PER_UNIT;

const mm = (min: number, max: number) => z.number({ error: 'formatNumber' }).min(min, { error: 'formatOutOfRange' }).max(max, { error: 'formatOutOfRange' });

export const pageFormatSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'formatNameRequired' }).max(20, { error: 'tooLong' }),
    widthMm: mm(100, 1000),
    heightMm: mm(100, 1400),
    margins: z.object({ top: mm(0, 100), bottom: mm(0, 100), inside: mm(0, 100), outside: mm(0, 100) }),
    columns: z.int({ error: 'formatWholeNumber' }).min(1, { error: 'formatOutOfRange' }).max(12, { error: 'formatOutOfRange' }),
    gutterMm: mm(0, 20),
    rows: z.int({ error: 'formatWholeNumber' }).min(1, { error: 'formatOutOfRange' }).max(24, { error: 'formatOutOfRange' }),
    typeSize: mm(4, 40),
    leading: mm(4, 60),
    typeUnit: z.enum(['pt', 'ji'], { error: 'formatOutOfRange' }),
    /** Height of the masthead (报头) band across the top of page 1's type area. */
    mastheadMm: mm(20, 300),
  })
  .superRefine((format, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const area = typeArea(format);
    if (area.widthMm < 50) fail('widthMm', 'formatMarginsTooWide');
    if (area.heightMm < 50) fail('heightMm', 'formatMarginsTooWide');
    if (format.leading < format.typeSize) fail('leading', 'formatLeadingTooTight');
    if (area.columnMm < 2 * format.typeSize * MM_PER_UNIT[format.typeUnit]) fail('columns', 'formatColumnsTooNarrow');
    if (format.mastheadMm > area.heightMm / 2) fail('mastheadMm', 'formatMastheadTooTall');
  });

export type PageFormat = z.infer<typeof pageFormatSchema>;

export const PAGE_FORMAT_PRESETS = {
  '4开': {
    name: '4开',
    widthMm: 272,
    heightMm: 390,
    margins: { top: 20, bottom: 20, inside: 13.5, outside: 13.5 },
    columns: 6,
    gutterMm: 4,
    rows: 8,
    typeSize: 9,
    leading: 13,
    typeUnit: 'pt',
    mastheadMm: 52,
  },
  对开: {
    name: '对开',
    widthMm: 390,
    heightMm: 545,
    margins: { top: 27.5, bottom: 27.5, inside: 20, outside: 20 },
    columns: 6,
    gutterMm: 5,
    rows: 8,
    typeSize: 9,
    leading: 13,
    typeUnit: 'pt',
    mastheadMm: 70,
  },
} as const satisfies Record<string, PageFormat>;

export const DEFAULT_PAGE_FORMAT: PageFormat = PAGE_FORMAT_PRESETS['4开'];

/**
 * Reads a stored format, filling what older data lacks from the default (the
 * first formats stored only name, size, columns and rows). Anything invalid
 * falls back to the default rather than breaking every page of the paper.
 */
export function parsePageFormat(value: unknown): PageFormat {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const merged = {
    ...DEFAULT_PAGE_FORMAT,
    ...stored,
    margins: { ...DEFAULT_PAGE_FORMAT.margins, ...(stored.margins && typeof stored.margins === 'object' ? stored.margins : {}) },
  };
  const parsed = pageFormatSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_PAGE_FORMAT;
}

export type TypeArea = {
  widthMm: number;
  heightMm: number;
  columnMm: number;
  rowMm: number;
  /** Body type size and leading in mm. */
  typeMm: number;
  leadingMm: number;
};

/** The printed area inside the margins, and the size of one grid column and row. */
export function typeArea(format: PageFormat): TypeArea {
  const widthMm = format.widthMm - format.margins.inside - format.margins.outside;
  const heightMm = format.heightMm - format.margins.top - format.margins.bottom;
  const unit = MM_PER_UNIT[format.typeUnit];
  return {
    widthMm,
    heightMm,
    columnMm: (widthMm - (format.columns - 1) * format.gutterMm) / format.columns,
    rowMm: heightMm / format.rows,
    typeMm: format.typeSize * unit,
    leadingMm: format.leading * unit,
  };
}

/** Height of the strip of service numbers (便民电话) at the foot of a page that prints one. */
export function serviceStripMm(format: PageFormat): number {
  return Math.round(typeArea(format).leadingMm * 2 * 10) / 10;
}

/**
 * Where the grid's rows are drawn on a page: on page 1 the masthead band takes
 * the top of the type area and the service strip its foot, and the rows share
 * what is left, so slots keep their grid positions on every page.
 */
export function gridArea(format: PageFormat, options: { masthead: boolean; serviceStrip: boolean }) {
  const area = typeArea(format);
  const topMm = options.masthead ? format.mastheadMm : 0;
  const bottomMm = options.serviceStrip ? serviceStripMm(format) : 0;
  const heightMm = area.heightMm - topMm - bottomMm;
  return { topMm, bottomMm, heightMm, rowMm: heightMm / format.rows };
}

type SlotBox = { column: number; row: number; columns: number; rows: number };

/** A slot's rectangle in mm from the type area's top-left corner. */
export function slotRect(format: PageFormat, slot: SlotBox, options: { masthead: boolean; serviceStrip: boolean }) {
  const area = typeArea(format);
  const grid = gridArea(format, options);
  return {
    leftMm: (slot.column - 1) * (area.columnMm + format.gutterMm),
    topMm: grid.topMm + (slot.row - 1) * grid.rowMm,
    widthMm: slot.columns * area.columnMm + (slot.columns - 1) * format.gutterMm,
    heightMm: slot.rows * grid.rowMm,
  };
}
