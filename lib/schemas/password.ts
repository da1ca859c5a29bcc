import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '@/lib/domain/password-policy';

/** A password being set or changed: the policy of lib/domain/password-policy.ts, message keys as errors. */
export const newPasswordField = z.string().superRefine((value, context) => {
  const problem = passwordProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** The same check with the account's email known: refuses the email as its password. */
export function refusePasswordIsEmail(input: { email: string; password: string }, context: z.RefinementCtx) {
  if (passwordProblem(input.password, { email: input.email }) === 'passwordIsEmail') {
    context.addIssue({ code: 'custom', path: ['password'], message: 'passwordIsEmail' });
  }
}

/** A password typed to prove who one is: any length the policy ever allowed. */
export const currentPasswordField = z.string().min(1, { error: 'passwordRequired' }).max(PASSWORD_MAX_LENGTH, { error: 'passwordTooLong' });
