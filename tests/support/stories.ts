import { expect } from 'vitest';
import { AppError } from '@/lib/errors';
import { bodyFromParagraphs } from '@/lib/tiptap/body';

/** Story fields as the article schema hands them to the data layer. */
export const storyInput = (headline: string, paragraph = '测试正文第一段。') => ({
  columnLabel: null,
  kicker: null,
  headline,
  subheadline: null,
  namesLine: null,
  dateline: '本报讯',
  bylines: ['周明远'],
  source: null,
  credits: null,
  body: bodyFromParagraphs([paragraph]),
});

/** Expects `promise` to fail with the AppError whose message key is `messageKey`. */
export const rejectsWith = (promise: Promise<unknown>, messageKey: string) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof AppError && error.messageKey === messageKey);
