import { z } from 'zod';
import { beijingDateTime, isIsoDate } from '@/lib/domain/calendar';
import { id, optionalLine, requiredLine } from './fields';

export const MAX_PAGES = 48;

const pagePlanSchema = z.object({
  name: requiredLine(20, 'pageNameRequired'),
  editorId: z.string().trim().max(64).optional().transform((value) => value || null),
  artEditorId: z.string().trim().max(64).optional().transform((value) => value || null),
  /** The page's 版式; empty takes the publication's default for its position. */
  templateId: z.string().trim().max(64).optional().transform((value) => value || null),
});

export const createIssueSchema = z.object({
  publicationId: id,
  number: z.coerce
    .number({ error: 'issueNumberInvalid' })
    .int({ error: 'issueNumberInvalid' })
    .min(1, { error: 'issueNumberInvalid' })
    .max(999_999, { error: 'issueNumberInvalid' }),
  date: z.string().trim().refine(isIsoDate, { error: 'dateInvalid' }),
  pages: z.array(pagePlanSchema).min(1, { error: 'pagesRequired' }).max(MAX_PAGES, { error: 'tooManyPages' }),
  /** 补录往期: an older issue entered afterwards, placed between its neighbours by date. */
  backIssue: z
    .union([z.boolean(), z.enum(['on', 'true', ''])])
    .optional()
    .transform((value) => value === true || value === 'on' || value === 'true'),
});
type ParsedIssue = z.infer<typeof createIssueSchema>;
type ParsedPagePlan = ParsedIssue['pages'][number];
/** What the data layer takes: a page without a template gets the default for its position. */
export type CreateIssueInput = Omit<ParsedIssue, 'pages' | 'backIssue'> & {
  pages: (Omit<ParsedPagePlan, 'templateId'> & { templateId?: string | null })[];
  backIssue?: boolean;
};

export const placeArticleSchema = z.object({
  slotId: id,
  articleId: z.string({ error: 'articleRequired' }).trim().min(1, { error: 'articleRequired' }).max(64),
});
export const placementIdSchema = z.object({ placementId: id });
export const issueIdSchema = z.object({ issueId: id });
export const sendBackSchema = z.object({
  issueId: id,
  reason: z.string().trim().min(1, { error: 'reasonRequired' }).max(1000, { error: 'tooLong' }),
});
export const undoSignOffSchema = z.object({ issueId: id, reason: optionalLine(1000) });

export const scheduleIssueSchema = z.object({
  issueId: id,
  publishAt: z
    .string({ error: 'publishAtInvalid' })
    .transform((value, ctx) => {
      const at = beijingDateTime(value);
      if (!at) {
        ctx.addIssue({ code: 'custom', message: 'publishAtInvalid' });
        return z.NEVER;
      }
      return at;
    }),
});

const optionalArticleId = z.string().trim().max(64).optional().transform((value) => value || null);

export const pageIdSchema = z.object({ pageId: id });
export const sendBackPageSchema = z.object({
  pageId: id,
  reason: z.string().trim().min(1, { error: 'reasonRequired' }).max(1000, { error: 'tooLong' }),
  articleId: optionalArticleId,
});
export const proofMarkSchema = z.object({
  pageId: id,
  note: z.string().trim().min(1, { error: 'proofNoteRequired' }).max(1000, { error: 'tooLong' }),
  articleId: optionalArticleId,
});
export const proofMarkIdSchema = z.object({ markId: id });

export const continueArticleSchema = z.object({
  placementId: id,
  slotId: z.string({ error: 'jumpSlotRequired' }).trim().min(1, { error: 'jumpSlotRequired' }).max(64),
});
