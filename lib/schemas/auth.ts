import { z } from 'zod';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' })),
  password: z.string().min(1, { error: 'passwordRequired' }).max(200, { error: 'passwordTooLong' }),
});
export type SignInInput = z.infer<typeof signInSchema>;
