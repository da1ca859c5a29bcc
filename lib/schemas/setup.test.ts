import { describe, expect, it } from 'vitest';
import { firstRunFormSchema, publicationSlugField } from './setup';

const admin = { name: '李明', email: 'Li@Paper.example', password: 'a-long-pass-phrase', confirmPassword: 'a-long-pass-phrase' };
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the first-run form', () => {
  it('takes the administrator, with the email folded, and the paper only when asked for', () => {
    expect(firstRunFormSchema(false).parse(admin)).toMatchObject({ email: 'li@paper.example' });
    expect(issues(firstRunFormSchema(true).safeParse(admin))).toMatchObject({ publicationName: 'publicationNameRequired', publicationSlug: 'slugInvalid' });
    expect(firstRunFormSchema(true).parse({ ...admin, publicationName: '朝阳报', publicationSlug: ' ChaoYang ' })).toMatchObject({ publicationSlug: 'chaoyang' });
  });

  it('applies the password policy and wants the password twice', () => {
    expect(issues(firstRunFormSchema(false).safeParse({ ...admin, password: 'masthead-demo', confirmPassword: 'masthead-demo' }))).toEqual({ password: 'passwordTooCommon' });
    expect(issues(firstRunFormSchema(false).safeParse({ ...admin, password: 'li@paper.example', confirmPassword: 'li@paper.example' }))).toEqual({ password: 'passwordIsEmail' });
    expect(issues(firstRunFormSchema(false).safeParse({ ...admin, confirmPassword: 'something-else-1' }))).toEqual({ confirmPassword: 'passwordMismatch' });
  });

  it("refuses slugs that are the app's own paths or not address-safe", () => {
    for (const slug of ['newsroom', 'login', 'setup', 'api', 'media']) expect(issues(publicationSlugField.safeParse(slug)), slug).toEqual({ '': 'slugReserved' });
    for (const slug of ['1paper', 'a', '朝阳', 'chao yang', 'x'.repeat(41), '-x']) expect(publicationSlugField.safeParse(slug).success, slug).toBe(false);
    expect(publicationSlugField.parse('tongzhou-2')).toBe('tongzhou-2');
  });
});
