import 'server-only';
import { passwordProblem } from '@/lib/domain/password-policy';
import { AppError } from '@/lib/errors';

/** The password policy again in the data layer, whoever calls it: refuses with the rule's message. */
export function assertPasswordAllowed(password: string, { email }: { email: string }): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw new AppError('INVALID', problem);
}
