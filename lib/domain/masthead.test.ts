import { describe, expect, it } from 'vitest';
import { mastheadLines, mastheadSnapshot, parseMastheadSnapshot, printedName } from './masthead';

const publication = {
  name: '朝阳报',
  nameTraditional: '朝陽報',
  romanizedName: 'CHAOYANGBAO',
  sponsor: '示例区委宣传部主办',
  publisher: '示例融媒体中心出版',
  permitNumber: '京内资准字 0000—L0000号',
  website: 'https://example.org',
  serviceStrip: null,
};

describe('masthead', () => {
  it('derives every printed line from the snapshot and the issue', () => {
    const lines = mastheadLines({ snapshot: mastheadSnapshot(publication), issueNumber: 3405, pageCount: 8, date: '2024-04-29' });
    expect(lines).toMatchObject({
      name: '朝阳报',
      issueNumber: '第 3405 期',
      pageCount: '本期 8 版',
      date: '2024年4月29日',
      weekday: '星期一',
      lunarDate: '农历甲辰年三月廿一',
    });
  });

  it('takes only masthead fields into the snapshot', () => {
    const snapshot = mastheadSnapshot({ ...publication, id: 'x', slug: 'y' } as typeof publication);
    expect(Object.keys(snapshot).sort()).toEqual([...Object.keys(publication), 'mastheadForm', 'nameplate', 'serviceStripPages'].sort());
  });

  it('prints the traditional form only when chosen and given', () => {
    expect(printedName({ ...publication, mastheadForm: 'TRADITIONAL' })).toBe('朝陽報');
    expect(printedName({ ...publication, mastheadForm: 'SIMPLIFIED' })).toBe('朝阳报');
    expect(printedName({ ...publication, nameTraditional: null, mastheadForm: 'TRADITIONAL' })).toBe('朝阳报');
    const snapshot = mastheadSnapshot({ ...publication, mastheadForm: 'TRADITIONAL', nameplate: { mediaId: 'm1', width: 800, height: 300 }, serviceStripPages: [1, 4] });
    const lines = mastheadLines({ snapshot: parseMastheadSnapshot(JSON.parse(JSON.stringify(snapshot))), issueNumber: 3384, pageCount: 4, date: '2024-03-08' });
    expect(lines).toMatchObject({ printedName: '朝陽報', nameplate: { mediaId: 'm1', width: 800, height: 300 }, serviceStripPages: [1, 4] });
  });

  it('reads old snapshots with missing fields', () => {
    expect(parseMastheadSnapshot({ name: '朝阳报' })).toMatchObject({ name: '朝阳报', website: null });
    expect(parseMastheadSnapshot(null).name).toBe('');
    expect(parseMastheadSnapshot({ name: '朝阳报' })).toMatchObject({ mastheadForm: 'SIMPLIFIED', nameplate: null, serviceStripPages: [1] });
    expect(parseMastheadSnapshot({ name: '朝阳报', nameplate: { mediaId: '../x', width: 1, height: 1 } }).nameplate).toBeNull();
  });
});
