import { z } from 'zod';
import { APP_TOP_LEVEL_SEGMENTS } from '@/lib/reader-cache';
import { requiredLine } from './fields';
import { newPasswordField, refusePasswordIsEmail } from './password';

/**
 * Reader addresses are `/<slug>`: the app's own top-level paths cannot be a
 * publication's (they would never reach its reader site).
 */
export const RESERVED_SLUGS = new Set([...APP_TOP_LEVEL_SEGMENTS, 'sitemap', 'static', 'public']);

export const publicationSlugField = z
  .string({ error: 'slugInvalid' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'slugInvalid' })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { error: 'slugReserved' });

export const firstAdminSchema = z
  .object({
    name: requiredLine(40, 'nameRequired'),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })).pipe(z.string().max(200, { error: 'tooLong' })),
    password: newPasswordField,
  })
  .superRefine(refusePasswordIsEmail);
export type FirstAdminInput = z.infer<typeof firstAdminSchema>;

/** The paper itself, asked for only while the database has none. */
export const firstPublicationSchema = z.object({
  publicationName: requiredLine(40, 'publicationNameRequired'),
  publicationSlug: publicationSlugField,
});
export type FirstPublicationInput = z.infer<typeof firstPublicationSchema>;

/** The first-run form: the administrator, the repeated password, and the paper when there is none yet. */
export const firstRunFormSchema = (withPublication: boolean) => {
  const admin = z
    .object({
      name: requiredLine(40, 'nameRequired'),
      email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })).pipe(z.string().max(200, { error: 'tooLong' })),
      password: newPasswordField,
      confirmPassword: z.string().max(200),
    })
    .superRefine(refusePasswordIsEmail)
    .refine((input) => input.password === input.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });
  return withPublication ? admin.and(firstPublicationSchema) : admin;
};
