import { z } from 'zod';
import { MEMBERSHIP_ROLES } from '@/lib/permissions';
import { id, requiredLine } from './fields';
import { currentPasswordField, newPasswordField, refusePasswordIsEmail } from './password';

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

/** The installation-wide ADMIN flag (managing publications and staff). */
const admin = checkbox;
/**
 * The roles held on each publication's staff (`memberships.0.publicationId`,
 * `memberships.0.roles`): no roles means not on that paper's staff.
 */
const memberships = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value.filter(Boolean) : value),
  z
    .array(z.object({ publicationId: id, roles: z.preprocess(list, z.array(z.enum(MEMBERSHIP_ROLES, { error: 'roleInvalid' }))) }))
    .max(200)
    .refine((rows) => new Set(rows.map((row) => row.publicationId)).size === rows.length, { error: 'roleInvalid' }),
);
/** An account with no role anywhere could not even enter the newsroom. */
const someRole = (input: { admin: boolean; memberships: { roles: string[] }[] }, ctx: z.RefinementCtx) => {
  if (!input.admin && input.memberships.every((m) => m.roles.length === 0)) ctx.addIssue({ code: 'custom', path: ['memberships'], message: 'rolesRequired' });
};

export const createStaffSchema = z
  .object({
    name: requiredLine(40, 'nameRequired'),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })).pipe(z.string().max(200, { error: 'tooLong' })),
    password: newPasswordField,
    admin,
    memberships,
  })
  .superRefine(refusePasswordIsEmail)
  .superRefine(someRole);
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const updateStaffSchema = z
  .object({
    id,
    admin,
    memberships,
    active: checkbox,
  })
  .superRefine(someRole);
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;

/** An admin sets a new password for an account (its holder forgot it, or it may be known to others). */
export const resetStaffPasswordSchema = z.object({ id, password: newPasswordField });
export type ResetStaffPasswordInput = z.infer<typeof resetStaffPasswordSchema>;

/** Staff change their own password, proving the current one. */
export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, newPassword: newPasswordField, confirmPassword: z.string().max(200) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
