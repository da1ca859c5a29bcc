// Inputs of the issue board's layout moves. Each names what the editor saw
// (the slot a story was in, the story in the target slot, a page's number), so
// a move based on a board someone else has since changed is refused, not applied.
import { z } from 'zod';
import { GUIDE_TEASER_MAX } from '@/lib/domain/guide-box';
import { optionalLine, id, requiredLine } from './fields';

const optionalId = z.string().trim().max(64).optional().transform((value) => value || null);
const pageNumber = z.coerce.number({ error: 'pageNumberInvalid' }).int({ error: 'pageNumberInvalid' }).min(1, { error: 'pageNumberInvalid' }).max(99, { error: 'pageNumberInvalid' });

export const moveStorySchema = z.object({
  placementId: id,
  /** The slot the story was in on the editor's board. */
  fromSlotId: id,
  toSlotId: z.string({ error: 'targetSlotRequired' }).trim().min(1, { error: 'targetSlotRequired' }).max(64),
  /** The story the editor saw in the target slot (a swap), or empty for an empty slot. */
  toPlacementId: optionalId,
});
export type MoveStoryInput = z.infer<typeof moveStorySchema>;

export const addPageSchema = z.object({
  issueId: id,
  name: requiredLine(20, 'pageNameRequired'),
  templateId: z.string({ error: 'templateRequired' }).trim().min(1, { error: 'templateRequired' }).max(64),
  /** Where the page goes; empty appends it. */
  number: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(z.number({ error: 'pageNumberInvalid' }).int({ error: 'pageNumberInvalid' }).min(1, { error: 'pageNumberInvalid' }).max(99, { error: 'pageNumberInvalid' }).nullable()),
});
export type AddPageInput = z.infer<typeof addPageSchema>;

export const removePageSchema = z.object({
  pageId: id,
  /** Confirmed: take the page's stories off (back to the ready list) with it. */
  takeOffStories: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
});

export const movePageSchema = z.object({
  pageId: id,
  /** The page's number on the editor's board. */
  from: pageNumber,
  to: pageNumber,
});

export const changeTemplateSchema = z.object({
  pageId: id,
  templateId: z.string({ error: 'templateRequired' }).trim().min(1, { error: 'templateRequired' }).max(64),
});

/** 导读: a story to point to from a guide slot, with an optional teaser shorter than its headline. */
export const addGuidePickSchema = z.object({
  slotId: id,
  articleId: z.string({ error: 'guideArticleRequired' }).trim().min(1, { error: 'guideArticleRequired' }).max(64),
  teaser: optionalLine(GUIDE_TEASER_MAX),
});
export const removeGuidePickSchema = z.object({ slotId: id, articleId: id });
