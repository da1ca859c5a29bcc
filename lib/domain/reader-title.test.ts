import { describe, expect, it } from 'vitest';
import { readerPageTitle, readerTitle } from './reader-title';

describe('reader page titles', () => {
  it('name the page, the day and the paper, never the software', () => {
    expect(readerPageTitle({ number: 1, name: '要闻' }, '2024年4月29日', '望河报')).toBe('要闻 第01版 2024年4月29日 - 望河报');
    expect(readerPageTitle({ number: 12, name: null }, '2024年4月29日', '清溪周刊')).toBe('第12版 2024年4月29日 - 清溪周刊');
    expect(readerPageTitle({ number: 3, name: '  ' }, '2024年4月29日', '望河报')).toBe('第03版 2024年4月29日 - 望河报');
  });

  it('end a headline or a section with the paper’s name', () => {
    expect(readerTitle('东坝湿地公园开园', '望河报')).toBe('东坝湿地公园开园 - 望河报');
    expect(readerTitle('往期回顾', ' 望河报 ')).toBe('往期回顾 - 望河报');
    expect(readerTitle('搜索', '')).toBe('搜索');
    expect(readerTitle('', '望河报')).toBe('望河报');
    expect(readerTitle('搜索', '望河报')).not.toContain('Masthead');
  });
});
