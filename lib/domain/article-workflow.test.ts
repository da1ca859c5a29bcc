import { describe, expect, it } from 'vitest';
import { datelineWithByline, splitBylineNames } from './article-workflow';

describe('bylines', () => {
  it('splits the names of several reporters however they are separated', () => {
    expect(splitBylineNames('张雯 王健伟')).toEqual(['张雯', '王健伟']);
    expect(splitBylineNames('张雯、王健伟，李冬')).toEqual(['张雯', '王健伟', '李冬']);
    expect(splitBylineNames('   ')).toEqual([]);
  });
  it('prints the dateline with its reporters', () => {
    expect(datelineWithByline('本报讯', ['侯建宁'])).toBe('本报讯（记者侯建宁）');
    expect(datelineWithByline('本报讯', ['张雯', '王健伟'])).toBe('本报讯（记者张雯 王健伟）');
    expect(datelineWithByline('本报讯', [])).toBe('本报讯');
    expect(datelineWithByline(null, [])).toBeNull();
  });
});
