// Inputs of the editor's side channels: comments, revisions, presence, target length.
import { z } from 'zod';
import { id } from './fields';

export const addCommentSchema = z.object({
  articleId: id,
  quote: z.string().trim().min(1, { error: 'commentQuoteRequired' }).max(2000, { error: 'tooLong' }),
  body: z.string().trim().min(1, { error: 'commentRequired' }).max(2000, { error: 'tooLong' }),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const resolveCommentSchema = z.object({
  commentId: id,
  resolved: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

export const restoreRevisionSchema = z.object({
  id,
  revisionId: id,
  version: z.coerce.number().int().min(1),
});

export const compareRevisionsSchema = z.object({ from: id, to: id });

export const targetLengthSchema = z.object({
  id,
  targetLength: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : Number(value)))
    .pipe(z.number({ error: 'targetLengthInvalid' }).int({ error: 'targetLengthInvalid' }).min(1, { error: 'targetLengthInvalid' }).max(100_000, { error: 'targetLengthInvalid' }).nullable()),
});
