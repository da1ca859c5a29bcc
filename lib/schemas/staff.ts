import { z } from 'zod';
import { ROLES } from '@/lib/permissions';
import { id, requiredLine } from './fields';
import { currentPasswordField, newPasswordField, refusePasswordIsEmail } from './password';

const roles = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(ROLES, { error: 'roleInvalid' })).min(1, { error: 'rolesRequired' }));

export const createStaffSchema = z
  .object({
    name: requiredLine(40, 'nameRequired'),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })).pipe(z.string().max(200, { error: 'tooLong' })),
    password: newPasswordField,
    roles,
  })
  .superRefine(refusePasswordIsEmail);
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const updateStaffSchema = z.object({
  id,
  roles,
  active: z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean()),
});
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;

/** An admin sets a new password for an account (its holder forgot it, or it may be known to others). */
export const resetStaffPasswordSchema = z.object({ id, password: newPasswordField });
export type ResetStaffPasswordInput = z.infer<typeof resetStaffPasswordSchema>;

/** Staff change their own password, proving the current one. */
export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, newPassword: newPasswordField, confirmPassword: z.string().max(200) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ['confirmPassword'], error: 'passwordMismatch' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
