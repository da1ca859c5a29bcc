import { describe, expect, it } from 'vitest';
import { PAGE_GRID, SEED_TEMPLATES, nudgeRect, rectFromCells, slotsFitGrid, storiesLostByTemplateChange, templateProblems, type TemplateSlot } from './page-templates';

const slot = (name: string, column: number, row: number, columns: number, rows: number, kind: TemplateSlot['kind'] = 'STORY'): TemplateSlot => ({ name, kind, column, row, columns, rows });

describe('page templates', () => {
  it('seeds printable templates, page 1 ones first', () => {
    for (const template of SEED_TEMPLATES) expect(templateProblems(template.slots, PAGE_GRID), template.name).toEqual([]);
    expect(SEED_TEMPLATES[0]).toMatchObject({ front: true, name: '头版·四条' });
    expect(SEED_TEMPLATES[1]).toMatchObject({ front: false });
    expect(slotsFitGrid(SEED_TEMPLATES[0].slots)).toBe(true);
  });

  it('names the overlapping slot and the one it overlaps', () => {
    const problems = templateProblems([slot('头条', 1, 1, 2, 2), slot('二条', 3, 1, 1, 1), slot('图片', 2, 2, 1, 1)], PAGE_GRID);
    expect(problems).toEqual([{ reason: 'overlap', slot: 2, name: '图片', other: '头条' }]);
    expect(slotsFitGrid([slot('a', 1, 1, 2, 2), slot('b', 2, 2, 1, 1)])).toBe(false);
  });

  it('lets slots touch without overlapping', () => {
    expect(templateProblems([slot('a', 1, 1, 3, 4), slot('b', 4, 1, 3, 4), slot('c', 1, 5, 6, 4)], PAGE_GRID)).toEqual([]);
  });

  it('refuses slots off the page, half cells and empty rectangles', () => {
    expect(templateProblems([slot('a', 5, 1, 3, 1)], PAGE_GRID)).toEqual([{ reason: 'offGrid', slot: 0, name: 'a' }]);
    expect(templateProblems([slot('a', 1, 8, 1, 2)], PAGE_GRID)).toEqual([{ reason: 'offGrid', slot: 0, name: 'a' }]);
    expect(templateProblems([slot('a', 0, 1, 1, 1)], PAGE_GRID)[0].reason).toBe('offGrid');
    expect(templateProblems([slot('a', 1, 1, 1.5, 1)], PAGE_GRID)[0].reason).toBe('offGrid');
    expect(templateProblems([slot('a', 1, 1, 0, 1)], PAGE_GRID)[0].reason).toBe('offGrid');
    // Another publication's grid decides what is on the page.
    expect(templateProblems([slot('a', 5, 1, 3, 1)], { columns: 8, rows: 10 })).toEqual([]);
  });

  it('wants every slot named, once', () => {
    expect(templateProblems([slot(' ', 1, 1, 1, 1)], PAGE_GRID)).toEqual([{ reason: 'nameRequired', slot: 0 }]);
    expect(templateProblems([slot('头条', 1, 1, 1, 1), slot('头条', 2, 1, 1, 1)], PAGE_GRID)).toEqual([{ reason: 'duplicateName', slot: 1, name: '头条' }]);
    expect(templateProblems([], PAGE_GRID)).toEqual([{ reason: 'noSlots' }]);
  });

  it('turns a drag across cells into a rectangle either way round, and nudges by whole cells', () => {
    expect(rectFromCells({ column: 4, row: 3 }, { column: 2, row: 1 })).toEqual({ column: 2, row: 1, columns: 3, rows: 3 });
    expect(rectFromCells({ column: 2, row: 2 }, { column: 2, row: 2 })).toEqual({ column: 2, row: 2, columns: 1, rows: 1 });
    const rect = { column: 2, row: 2, columns: 2, rows: 2 };
    expect(nudgeRect(rect, { columns: 1, rows: 0 })).toEqual({ column: 3, row: 2, columns: 2, rows: 2 });
    expect(nudgeRect(rect, { columns: 0, rows: -1 }, true)).toEqual({ column: 2, row: 2, columns: 2, rows: 1 });
  });

  it('allows a template change only when every placed story keeps a slot of its name', () => {
    const next = [slot('头条', 1, 1, 6, 4), slot('导读', 1, 5, 3, 4, 'GUIDE'), slot('图片', 4, 5, 3, 4, 'PHOTO')];
    expect(storiesLostByTemplateChange(['头条', '图片'], next)).toEqual([]);
    expect(storiesLostByTemplateChange(['头条', '二条', '导读'], next)).toEqual(['二条', '导读']);
    expect(storiesLostByTemplateChange([], next)).toEqual([]);
  });
});
