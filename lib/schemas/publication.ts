import { z } from 'zod';
import { parsePageNames, WEEKDAYS, type WeekdayPages } from '@/lib/domain/publication-calendar';
import { id, optionalLine, requiredLine } from './fields';

/**
 * Addresses the app itself answers at the top level, or may soon: a publication
 * named like one would never be reached (or would shadow the newsroom).
 */
export const RESERVED_SLUGS = new Set([
  'newsroom', 'login', 'logout', 'api', 'media', 'print', 'sitemaps', 'sitemap', 'robots', 'feed', 'search', 'archive',
  'admin', 'account', 'auth', 'static', 'public', 'assets', 'icon', 'favicon', 'next', 'setup', 'new', 'www',
]);

/** Lower-case letters, digits and single hyphens, starting with a letter: it is the reader's address (/chaoyang). */
const SLUG = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/;

export const slugField = z
  .string({ error: 'slugInvalid' })
  .trim()
  .toLowerCase()
  .refine((value) => SLUG.test(value), { error: 'slugInvalid' })
  .refine((value) => !RESERVED_SLUGS.has(value), { error: 'slugReserved' });

const asList = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

const wholeNumber = (min: number, max: number, error: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
    z.int({ error }).min(min, { error }).max(max, { error }),
  );

const website = z
  .string()
  .trim()
  .max(200, { error: 'tooLong' })
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), { error: 'websiteInvalid' })
  .optional()
  .transform((value) => value || null);

/** `1, 4` → [1, 4]: the pages that print the service strip. */
const pageList = z
  .string()
  .trim()
  .max(100, { error: 'tooLong' })
  .optional()
  .transform((value, ctx) => {
    const parts = (value ?? '').split(/[\s,，、]+/).filter(Boolean);
    if (!parts.every((part) => /^\d{1,2}$/.test(part) && Number(part) >= 1)) {
      ctx.addIssue({ code: 'custom', message: 'stripPagesInvalid' });
      return z.NEVER;
    }
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  });

/** One text line per weekday, page names separated by spaces or 、: `要闻 综合 专题 副刊`. */
// Posted as weekdayPages.1 … weekdayPages.7, which the form reader makes an array (index = weekday).
const weekdayPagesFromForm = (value: unknown) =>
  Array.isArray(value) ? Object.fromEntries(value.flatMap((names, day) => (typeof names === 'string' ? [[String(day), names]] : []))) : value;

const weekdayPages = z
  .preprocess(weekdayPagesFromForm, z.record(z.string(), z.string().max(400, { error: 'tooLong' })))
  .optional()
  .transform((value, ctx) => {
    const result: WeekdayPages = {};
    for (const day of WEEKDAYS) {
      const names = parsePageNames(value?.[String(day)] ?? '');
      if (!names.length) continue;
      if (names.length > 48 || names.some((name) => name.length > 20)) {
        ctx.addIssue({ code: 'custom', path: [String(day)], message: 'weekdayPagesInvalid' });
        continue;
      }
      result[String(day) as keyof WeekdayPages] = names;
    }
    return result;
  });

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const publicationSettingsSchema = z.object({
  slug: slugField,
  name: requiredLine(20, 'publicationNameRequired'),
  nameTraditional: optionalLine(20),
  mastheadForm: z.enum(['SIMPLIFIED', 'TRADITIONAL'], { error: 'invalid' }).default('SIMPLIFIED'),
  romanizedName: optionalLine(60),
  sponsor: optionalLine(60),
  publisher: optionalLine(60),
  permitNumber: optionalLine(60),
  website,
  serviceStrip: optionalLine(200),
  serviceStripPages: pageList,
  weekdayPages,
  publicationDays: z.preprocess(asList, z.array(z.coerce.number().int().min(1).max(7), { error: 'publicationDaysInvalid' }).min(1, { error: 'publicationDaysRequired' })),
  firstIssueNumber: wholeNumber(1, 999_999, 'issueNumberInvalid'),
  isDefault: checkbox,
});

export const createPublicationSchema = publicationSettingsSchema.refine((input) => input.mastheadForm === 'SIMPLIFIED' || !!input.nameTraditional, {
  path: ['nameTraditional'],
  error: 'traditionalNameRequired',
});
export type PublicationSettingsInput = z.infer<typeof publicationSettingsSchema>;

export const updatePublicationSchema = publicationSettingsSchema
  .extend({
    id,
    /** The version the form was filled from: a save over someone else's is refused, not applied. */
    version: wholeNumber(1, 2_000_000_000, 'invalid'),
    removeNameplate: checkbox,
  })
  .refine((input) => input.mastheadForm === 'SIMPLIFIED' || !!input.nameTraditional, { path: ['nameTraditional'], error: 'traditionalNameRequired' });
export type UpdatePublicationInput = z.infer<typeof updatePublicationSchema>;
