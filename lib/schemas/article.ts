import { z } from 'zod';
import type { JSONContent } from '@tiptap/core';
import { parseBody } from '@/lib/tiptap/body';
import { BODY_HEADING_LEVELS } from '@/lib/tiptap/extensions';
import { withoutHiddenCharacters } from '@/lib/domain/hidden-characters';
import { ARTICLE_MOVES, splitBylineNames } from '@/lib/domain/article-workflow';
import { ArticleStatus } from '@/lib/generated/prisma/enums';
import { id, noHiddenCharacters, optionalLine, requiredLine } from './fields';

const MAX_BODY_JSON = 2_000_000;

export const articleFieldsSchema = z.object({
  columnLabel: optionalLine(40),
  kicker: optionalLine(200),
  headline: requiredLine(200, 'headlineRequired'),
  subheadline: optionalLine(300),
  namesLine: optionalLine(300),
  dateline: optionalLine(60),
  /** Reporters as typed: names separated by spaces or 、 */
  bylines: z
    .string()
    .max(200, { error: 'tooLong' })
    .refine(noHiddenCharacters, { error: 'hiddenCharacters' })
    .optional()
    .transform((value) => splitBylineNames(value ?? ''))
    .pipe(z.array(z.string().max(40, { error: 'tooLong' })).max(10, { error: 'tooManyReporters' })),
  source: optionalLine(100),
  credits: optionalLine(200),
  body: z
    .string()
    .max(MAX_BODY_JSON, { error: 'bodyTooLong' })
    .transform((text, ctx) => {
      let json: unknown;
      try {
        // NUL cannot be stored in PostgreSQL JSON; drop it from every string. Text-direction
        // overrides and lone surrogates go too: invisible in the editor, so the writer could
        // not find them to delete, and pasted text (Word) can carry them.
        json = JSON.parse(text, (_key, value) => (typeof value === 'string' ? withoutHiddenCharacters(value.replace(/\u0000/g, '')) : value));
      } catch {
        json = undefined;
      }
      const doc = parseBody(json);
      if (!doc) {
        ctx.addIssue({ code: 'custom', message: 'bodyInvalid' });
        return z.NEVER;
      }
      // The schema takes any heading level; the editor offers only these subheads.
      if (hasHeadingOtherThan(doc, BODY_HEADING_LEVELS)) {
        ctx.addIssue({ code: 'custom', message: 'bodyHeadingLevel' });
        return z.NEVER;
      }
      return doc;
    }),
});

function hasHeadingOtherThan(node: JSONContent, levels: readonly number[]): boolean {
  if (node.type === 'heading' && !levels.includes(node.attrs?.level)) return true;
  return (node.content ?? []).some((child) => hasHeadingOtherThan(child, levels));
}

/** The largest shared document a new story may start from (base64 of its Yjs state). */
const MAX_SHARED_STATE_BASE64 = 4_000_000;

export const createArticleSchema = articleFieldsSchema.extend({
  /**
   * The editor's own shared document for the new story (base64 Yjs state): kept as the
   * story's shared document when it says exactly what the fields say, so the writer goes
   * on typing in the same document once the story exists.
   */
  sharedState: z
    .string()
    .max(MAX_SHARED_STATE_BASE64, { error: 'bodyTooLong' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'bodyInvalid' })
    .optional()
    .transform((value) => (value ? new Uint8Array(Buffer.from(value, 'base64')) : undefined)),
});
// sharedState is optional for callers inside the server (tests, seeds, benchmarks).
export type CreateArticleInput = Omit<z.infer<typeof createArticleSchema>, 'sharedState'> & { sharedState?: Uint8Array };

export const updateArticleSchema = articleFieldsSchema.extend({
  id,
  /** The version the edit was based on (optimistic concurrency). */
  version: z.coerce.number().int().min(1),
  /** Keep this save as a revision of its own, e.g. when a writer keeps their version over someone else's. */
  startRevision: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
// startRevision is optional for callers inside the server (tests, restores).
export type UpdateArticleInput = Omit<z.infer<typeof updateArticleSchema>, 'startRevision'> & { startRevision?: boolean };


export const correctArticleSchema = updateArticleSchema.extend({
  /** What readers are told was corrected */
  note: requiredLine(500, 'correctionNoteRequired'),
});
export type CorrectArticleInput = Omit<z.infer<typeof correctArticleSchema>, 'startRevision'> & { startRevision?: boolean };

/** A workflow move on a story, made from the state the person saw. */
export const moveArticleSchema = z
  .object({
    id,
    move: z.enum(ARTICLE_MOVES),
    from: z.enum(ArticleStatus),
    reason: z.string().trim().max(1000, { error: 'tooLong' }).optional(),
  })
  .refine((input) => input.move !== 'sendBack' || !!input.reason, { error: 'sendBackReasonRequired', path: ['reason'] });
export type MoveArticleInput = z.infer<typeof moveArticleSchema>;
