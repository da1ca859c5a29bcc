import { describe, expect, it } from 'vitest';
import { issueNumberLabel, nextIssueNumber, pageCountLabel } from './issue-numbering';
import { chinesePageName, pageNumberLabel, pageTitle } from './page-numbering';

describe('issue numbering', () => {
  it('proposes the last number plus one', () => {
    expect(nextIssueNumber(3404)).toBe(3405);
    expect(nextIssueNumber(null)).toBe(1);
  });
  it('refuses a number that cannot be an issue number', () => {
    expect(() => nextIssueNumber(0)).toThrow(RangeError);
    expect(() => nextIssueNumber(1.5)).toThrow(RangeError);
  });
  it('prints as on the masthead', () => {
    expect(issueNumberLabel(3405)).toBe('第 3405 期');
    expect(pageCountLabel(8)).toBe('本期 8 版');
    expect(issueNumberLabel(3405, 'zh-CN')).toBe('第 3405 期');
  });
  it('is written in English for the English newsroom', () => {
    expect(issueNumberLabel(3405, 'en')).toBe('No. 3405');
    expect(pageCountLabel(8, 'en')).toBe('8 pages');
    expect(pageCountLabel(1, 'en')).toBe('1 page');
  });
});

describe('page numbering', () => {
  it('pads page numbers and names pages', () => {
    expect(pageNumberLabel(1)).toBe('01');
    expect(pageNumberLabel(12)).toBe('12');
    expect(pageTitle(1, '要闻')).toBe('第01版：要闻');
    expect(pageTitle(3)).toBe('第03版');
    expect(pageTitle(1, '要闻', 'zh-CN')).toBe('第01版：要闻');
  });
  it('names pages in English, with a Latin colon, for the English newsroom', () => {
    expect(pageTitle(1, '要闻', 'en')).toBe('Page 01: 要闻');
    expect(pageTitle(3, null, 'en')).toBe('Page 03');
  });
  it('writes page references in Chinese numerals', () => {
    expect([1, 4, 10, 12, 20, 32].map(chinesePageName)).toEqual(['一版', '四版', '十版', '十二版', '二十版', '三十二版']);
    expect(() => chinesePageName(0)).toThrow(RangeError);
  });
});
