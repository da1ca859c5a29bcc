import { describe, expect, it } from 'vitest';
import { formDataToObject } from '@/lib/server/form-data';
import { createPublicationSchema, updatePublicationSchema } from './publication';

function posted(fields: [string, string][]) {
  const form = new FormData();
  for (const [key, value] of fields) form.append(key, value);
  return formDataToObject(form);
}

const base: [string, string][] = [
  ['slug', 'chaoyang'],
  ['name', '朝阳报'],
  ['nameTraditional', '朝陽報'],
  ['mastheadForm', 'TRADITIONAL'],
  ['website', 'http://www.chynews.cn'],
  ['serviceStripPages', '1, 4'],
  ['firstIssueNumber', '3405'],
  ['publicationDays', '1'],
  ['publicationDays', '5'],
  ['weekdayPages.1', '要闻 综合、专题 副刊 文化 体育 生活 民生'],
  ['weekdayPages.2', ''],
  ['weekdayPages.5', '要闻 综合 专题 副刊'],
];

describe('publication settings as a form posts them', () => {
  it('reads weekday pages, days, strip pages and the first number', () => {
    const parsed = createPublicationSchema.parse(posted(base));
    expect(parsed).toMatchObject({
      slug: 'chaoyang',
      mastheadForm: 'TRADITIONAL',
      serviceStripPages: [1, 4],
      firstIssueNumber: 3405,
      publicationDays: [1, 5],
      isDefault: false,
      weekdayPages: { '1': ['要闻', '综合', '专题', '副刊', '文化', '体育', '生活', '民生'], '5': ['要闻', '综合', '专题', '副刊'] },
    });
  });

  it('refuses what it cannot read, naming the field', () => {
    const errorAt = (fields: [string, string][]) => {
      const result = createPublicationSchema.safeParse(posted(fields));
      return result.success ? null : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
    };
    expect(errorAt([...base.filter(([k]) => k !== 'nameTraditional')])).toEqual({ nameTraditional: 'traditionalNameRequired' });
    expect(errorAt([...base.filter(([k]) => k !== 'publicationDays')])).toEqual({ publicationDays: 'publicationDaysRequired' });
    expect(errorAt(base.map(([k, v]) => [k, k === 'serviceStripPages' ? '一版' : v]))).toEqual({ serviceStripPages: 'stripPagesInvalid' });
    expect(errorAt(base.map(([k, v]) => [k, k === 'firstIssueNumber' ? '0' : v]))).toEqual({ firstIssueNumber: 'issueNumberInvalid' });
    expect(errorAt(base.map(([k, v]) => [k, k === 'website' ? 'javascript:alert(1)' : v]))).toEqual({ website: 'websiteInvalid' });
  });

  it('needs the version an edit was based on', () => {
    expect(updatePublicationSchema.safeParse(posted([...base, ['id', 'p1']])).success).toBe(false);
    expect(updatePublicationSchema.parse(posted([...base, ['id', 'p1'], ['version', '3']])).version).toBe(3);
  });
});
