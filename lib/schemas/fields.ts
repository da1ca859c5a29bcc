import { z } from 'zod';

/** Optional single-line text: trimmed, empty becomes null. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .refine((value) => !/[\n\r]/.test(value), { error: 'singleLine' })
    .transform((value) => value || null)
    .optional()
    .transform((value) => value ?? null);

export const requiredLine = (max: number, requiredKey: string) =>
  z
    .string({ error: requiredKey })
    .trim()
    .min(1, { error: requiredKey })
    .max(max, { error: 'tooLong' })
    .refine((value) => !/[\n\r]/.test(value), { error: 'singleLine' });

export const id = z.string().trim().min(1).max(64);
