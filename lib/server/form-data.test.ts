import { afterEach, describe, expect, it } from 'vitest';
import { createIssueSchema } from '@/lib/schemas/issue';
import { formDataToObject } from './form-data';

const POLLUTING_KEYS = [
  '__proto__.active',
  '__proto__.reason',
  'constructor.prototype.reason',
  'pages.__proto__.active',
  'pages.0.__proto__.active',
  'pages.0.constructor.prototype.active',
  '__proto__',
  'prototype.active',
];

function issueForm(extra: [string, string][]): FormData {
  const form = new FormData();
  form.append('publicationId', 'cm0publication01');
  form.append('number', '1024');
  form.append('date', '2026-03-02');
  form.append('pages.0.name', '要闻');
  form.append('pages.1.name', '综合');
  for (const [key, value] of extra) form.append(key, value);
  return form;
}

afterEach(() => {
  // If a test ever failed, do not leave the pollution behind for the next one.
  for (const key of ['active', 'reason']) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('formDataToObject', () => {
  it('nests dotted keys into objects and arrays', () => {
    const parsed = createIssueSchema.parse(formDataToObject(issueForm([])));
    expect(parsed.pages.map((page) => page.name)).toEqual(['要闻', '综合']);
    expect(parsed.number).toBe(1024);
  });

  it('never writes onto Object.prototype, whatever the field names', () => {
    formDataToObject(issueForm(POLLUTING_KEYS.map((key) => [key, 'yes'])));
    const probe: Record<string, unknown> = {};
    expect(probe.active).toBeUndefined();
    expect(probe.reason).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('active');
    expect(Object.prototype).not.toHaveProperty('reason');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('drops prototype-naming fields and parses the rest as if they were not there', () => {
    const clean = createIssueSchema.parse(formDataToObject(issueForm([])));
    const object = formDataToObject(issueForm(POLLUTING_KEYS.map((key) => [key, 'yes'])));
    expect(Object.keys(object).sort()).toEqual(['date', 'number', 'pages', 'publicationId']);
    expect(createIssueSchema.parse(object)).toEqual(clean);
  });

  it('refuses huge array indexes and does not throw on a value-then-object clash', () => {
    const object = formDataToObject(issueForm([['pages.99999999.name', 'x'], ['date.day', '2']]));
    expect((object.pages as unknown[]).length).toBe(2);
    expect(object.date).toBe('2026-03-02');
  });

  it('collects repeated fields into an array', () => {
    const form = new FormData();
    form.append('tag', 'a');
    form.append('tag', 'b');
    form.append('tag', 'c');
    expect(formDataToObject(form).tag).toEqual(['a', 'b', 'c']);
  });
});
