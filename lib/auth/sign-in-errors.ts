import { CredentialsSignin } from 'next-auth';

/** Too many failed sign-ins: refused before the password is looked at, until `retryAt`. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
  readonly retryAt: Date;
  readonly reason: 'account' | 'address';

  constructor(retryAt: Date, reason: 'account' | 'address') {
    super(`sign-in throttled (${reason})`);
    this.retryAt = retryAt;
    this.reason = reason;
  }
}

export function isSignInThrottled(error: unknown): error is SignInThrottled {
  return error instanceof CredentialsSignin && error.code === 'throttled' && (error as SignInThrottled).retryAt instanceof Date;
}
