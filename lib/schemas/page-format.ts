import { z } from 'zod';
import { pageFormatSchema } from '@/lib/domain/page-format';
import { id } from './fields';

const NUMBER_FIELDS = ['widthMm', 'heightMm', 'columns', 'gutterMm', 'rows', 'typeSize', 'leading', 'mastheadMm'];

// Form fields arrive as text; numbers are read as numbers (a blank or a word
// stays text, so it is refused as "not a number" rather than read as 0).
function numbersFromText(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const input = value as Record<string, unknown>;
  const toNumber = (text: unknown) => (typeof text === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);
  const margins = (input.margins ?? {}) as Record<string, unknown>;
  return {
    ...input,
    ...Object.fromEntries(NUMBER_FIELDS.map((key) => [key, toNumber(input[key])])),
    margins: Object.fromEntries(['top', 'bottom', 'inside', 'outside'].map((key) => [key, toNumber(margins[key])])),
  };
}

export const updatePageFormatSchema = z.preprocess(numbersFromText, z.object({ publicationId: id }).and(pageFormatSchema));
export type UpdatePageFormatInput = z.infer<typeof updatePageFormatSchema>;
