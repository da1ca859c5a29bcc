// What a staff password must be when it is set or changed. Length first (NIST
// SP 800-63B: length and a list of known passwords, no composition rules), then
// not the account's own email, then not one of the passwords everyone tries
// first — in China as elsewhere (woaini1314, 1qaz2wsx3edc …). Signing in checks
// none of this: an old password keeps working until it is changed.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Known passwords of at least ten characters (anything shorter is refused anyway), lower case. */
const COMMON_PASSWORDS = new Set([
  '1234567890', '0123456789', '0987654321', '9876543210', '12345678910', '123456789a', 'a123456789',
  '1234567890a', 'a1234567890', '1234512345', '1234554321', '1122334455', '1357924680', '1472583690',
  '123123123123', '123456123456', '123321123321', '159357456852', '5201314520', '1314520520',
  '5201314woaini', 'woaini1314', 'woaini5201314', 'woaini520520', 'iloveyou1314', 'qq123456789',
  'aa123456789', 'aa12345678', 'qwertyuiop', 'qwerty1234', 'qwerty12345', 'qwerty123456', '1qaz2wsx3edc',
  '1qazxsw23edc', '1q2w3e4r5t', '1q2w3e4r5t6y', 'qazwsxedc123', 'qweasdzxc123', '123qweasdzxc',
  'zxcvbnm123', 'zxcvbnm1234', 'asdfghjkl1', 'asdfghjkl123', 'password12', 'password123', 'password1234',
  'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'admin12345', 'admin123456', 'administrator', 'abc1234567',
  'abcd123456', 'abc123456789', 'abcdefghij', 'iloveyou12', 'iloveyou123', 'welcome123', 'welcome1234',
  'changeme123', 'letmein123', 'football123', 'sunshine123', 'princess123', 'masthead-demo', 'masthead123',
]);

export type PasswordProblem = 'passwordTooShort' | 'passwordTooLong' | 'passwordIsEmail' | 'passwordTooCommon';

/** The first rule `password` breaks, as a message key (namespace "errors"), or null. */
export function passwordProblem(password: string, { email }: { email?: string } = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'passwordTooLong';
  const folded = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    if (folded === address || folded === address.split('@')[0]) return 'passwordIsEmail';
  }
  // One character over and over (aaaaaaaaaa, 1111111111) is as guessable as any list entry.
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1*$/su.test(folded)) return 'passwordTooCommon';
  return null;
}
