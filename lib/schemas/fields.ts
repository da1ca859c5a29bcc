import { z } from 'zod';
import { hasHiddenCharacters } from '@/lib/domain/hidden-characters';

/** Refuses text-direction overrides and lone surrogates (lib/domain/hidden-characters.ts). */
export const noHiddenCharacters = (value: string) => !hasHiddenCharacters(value);

/** Optional single-line text: trimmed, empty becomes null. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .refine((value) => !/[\n\r]/.test(value), { error: 'singleLine' })
    .refine(noHiddenCharacters, { error: 'hiddenCharacters' })
    .transform((value) => value || null)
    .optional()
    .transform((value) => value ?? null);

export const requiredLine = (max: number, requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(max, { error: 'tooLong' })
    .refine((value) => !/[\n\r]/.test(value), { error: 'singleLine' })
    .refine(noHiddenCharacters, { error: 'hiddenCharacters' });

export const id = z.string().trim().min(1).max(64);
