import { z } from 'zod';
import { MAX_SLOT_NAME, MAX_SLOTS, SLOT_KINDS, type TemplateSlot } from '@/lib/domain/page-templates';
import { id, requiredLine } from './fields';

const cell = z.number({ error: 'templateSlotsInvalid' }).int({ error: 'templateSlotsInvalid' }).min(-99).max(99);

export const templateSlotSchema = z.object({
  name: z.string({ error: 'slotNameRequired' }).trim().max(MAX_SLOT_NAME, { error: 'slotNameTooLong' }),
  kind: z.enum(SLOT_KINDS, { error: 'slotKindInvalid' }),
  column: cell,
  row: cell,
  columns: cell,
  rows: cell,
});

const slotListSchema = z.array(templateSlotSchema, { error: 'templateSlotsInvalid' }).max(MAX_SLOTS, { error: 'tooManySlots' });

/** A template's slots as stored (PageTemplate.slots); a corrupt value fails loudly rather than laying out a wrong page. */
export function parseTemplateSlots(value: unknown): TemplateSlot[] {
  return slotListSchema.parse(value);
}

export const saveTemplateSchema = z.object({
  publicationId: id,
  /** Empty for a new template. */
  templateId: z.string().trim().max(64).optional().transform((value) => value || null),
  /** The version the editor started from, for an existing template. */
  version: z.coerce.number().int().min(0).optional(),
  name: requiredLine(20, 'templateNameRequired'),
  front: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
  /** The slots as JSON, drawn in the editor. */
  slots: z.string({ error: 'templateSlotsInvalid' }).transform((text, ctx) => {
    try {
      const parsed = slotListSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'templateSlotsInvalid' });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'templateSlotsInvalid' });
    }
    return z.NEVER;
  }),
});
export type SaveTemplateInput = z.infer<typeof saveTemplateSchema>;

export const templateIdSchema = z.object({ templateId: id });
