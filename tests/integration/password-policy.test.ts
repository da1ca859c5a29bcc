// The password policy wherever a staff password is set: at least ten characters,
// not the account's email, not a common password; refused by the form's schema
// and again by the data layer, with the message in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffSchema } from '@/lib/schemas/staff';
import { createStaff } from '@/lib/server/staff/create-staff';
import type { Actor } from '@/lib/server/session';
import zhCN from '@/messages/zh-CN.json';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith } from '../support/stories';

const db = testDb();
afterAll(() => db.$disconnect());
let admin: Actor;
beforeAll(async () => {
  admin = await actorFor('admin');
});

const newMember = (password: string, email = `policy-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.invalid`) => ({ name: '新同事', email, password, admin: false, memberships: [{ publicationId: paperId, roles: ['REPORTER' as const] }] });
let paperId = '';
beforeAll(async () => {
  paperId = (await db.publication.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } })).id;
});

describe('creating an account', () => {
  it.each([
    ['short-pw9', 'passwordTooShort'],
    ['woaini1314', 'passwordTooCommon'],
    ['1234567890', 'passwordTooCommon'],
    ['masthead-demo', 'passwordTooCommon'],
  ])('the form refuses %s (%s), in Chinese', (password, key) => {
    const parsed = createStaffSchema.safeParse(newMember(password));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([key]);
    expect(zhCN.errors[key as keyof typeof zhCN.errors]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the form refuses the new account’s own email as its password', () => {
    const parsed = createStaffSchema.safeParse(newMember('new.colleague@wanghe.cn', 'new.colleague@wanghe.cn'));
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ['password'], message: 'passwordIsEmail' })]);
  });

  it('the data layer refuses them too, whoever calls it', async () => {
    await rejectsWith(createStaff({ actor: admin, input: newMember('woaini1314') }), 'passwordTooCommon');
    await rejectsWith(createStaff({ actor: admin, input: newMember('short') }), 'passwordTooShort');
    await rejectsWith(createStaff({ actor: admin, input: newMember('new.colleague', 'new.colleague@test.invalid') }), 'passwordIsEmail');
  });

  it('a long password of one’s own is accepted', async () => {
    const member = newMember('湿地公园 at dawn 1987');
    await createStaff({ actor: admin, input: member });
    expect(await db.staff.count({ where: { email: member.email } })).toBe(1);
  });
});
