import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_FORMAT, PAGE_FORMAT_PRESETS, gridArea, pageFormatSchema, parsePageFormat, slotRect, typeArea } from './page-format';

describe('page format', () => {
  it('has valid 4开 and 对开 presets with their usual type areas', () => {
    for (const preset of Object.values(PAGE_FORMAT_PRESETS)) expect(pageFormatSchema.safeParse(preset).success).toBe(true);
    expect(typeArea(PAGE_FORMAT_PRESETS['4开'])).toMatchObject({ widthMm: 245, heightMm: 350 });
    expect(typeArea(PAGE_FORMAT_PRESETS['对开'])).toMatchObject({ widthMm: 350, heightMm: 490 });
  });

  it('works out a grid column from the type area and gutters, and 9 pt in mm', () => {
    const area = typeArea(DEFAULT_PAGE_FORMAT);
    expect(area.columnMm).toBeCloseTo((245 - 5 * 4) / 6);
    expect(area.typeMm).toBeCloseTo(3.175, 3);
  });

  it('converts 级 at a quarter millimetre', () => {
    expect(typeArea({ ...DEFAULT_PAGE_FORMAT, typeSize: 13, leading: 20, typeUnit: 'ji' })).toMatchObject({ typeMm: 3.25, leadingMm: 5 });
  });

  it('fills what formats stored before this version lack from the default', () => {
    const old = { name: '4开', widthMm: 297, heightMm: 420, columns: 6, rows: 8 };
    const format = parsePageFormat(old);
    expect(format).toMatchObject({ widthMm: 297, heightMm: 420, margins: DEFAULT_PAGE_FORMAT.margins, typeSize: 9 });
    expect(parsePageFormat(null)).toEqual(DEFAULT_PAGE_FORMAT);
    expect(parsePageFormat({ widthMm: -3 })).toEqual(DEFAULT_PAGE_FORMAT);
  });

  it('refuses margins that leave no page, leading tighter than the type and columns narrower than two characters', () => {
    const messages = (value: object) => {
      const parsed = pageFormatSchema.safeParse({ ...DEFAULT_PAGE_FORMAT, ...value });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    };
    expect(messages({ widthMm: 200, margins: { top: 20, bottom: 20, inside: 80, outside: 80 } })).toContain('formatMarginsTooWide');
    expect(messages({ leading: 8 })).toContain('formatLeadingTooTight');
    expect(messages({ columns: 12, gutterMm: 18 })).toContain('formatColumnsTooNarrow');
    expect(messages({ mastheadMm: 250 })).toContain('formatMastheadTooTall');
    expect(messages({ columns: 0 })).toContain('formatOutOfRange');
    expect(messages({})).toEqual([]);
  });

  it('gives page 1 the masthead band and service strip and shares the rest among the rows', () => {
    const plain = gridArea(DEFAULT_PAGE_FORMAT, { masthead: false, serviceStrip: false });
    const front = gridArea(DEFAULT_PAGE_FORMAT, { masthead: true, serviceStrip: true });
    expect(plain.rowMm).toBeCloseTo(350 / 8);
    expect(front.topMm).toBe(DEFAULT_PAGE_FORMAT.mastheadMm);
    expect(front.heightMm).toBeLessThan(350 - DEFAULT_PAGE_FORMAT.mastheadMm);
    const rect = slotRect(DEFAULT_PAGE_FORMAT, { column: 5, row: 5, columns: 2, rows: 4 }, { masthead: false, serviceStrip: false });
    expect(rect.leftMm).toBeCloseTo(4 * (37.5 + 4));
    expect(rect.widthMm).toBeCloseTo(2 * 37.5 + 4);
    expect(rect.topMm + rect.heightMm).toBeCloseTo(350);
  });
});
