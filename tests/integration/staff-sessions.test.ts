// Sessions end on the server: a copy of the cookie stops working once its
// session is signed out, the account deactivated, or its password changed or
// reset — on a real PostgreSQL, through the real Auth.js handlers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/lib/server/staff/change-own-password';
import { resetStaffPassword } from '@/lib/server/staff/reset-staff-password';
import { updateStaff } from '@/lib/server/staff/update-staff';
import type { Actor } from '@/lib/server/session';
import { actorFor, testDb } from '../support/actors';
import { rejectsWith } from '../support/stories';
import { actorFromCookie, createTestStaff, postSignIn, postSignOut } from '../support/sign-in';

const PASSWORD = 'first-passphrase-2026';
const db = testDb();
afterAll(() => db.$disconnect());
let admin: Actor;
beforeAll(async () => {
  admin = await actorFor('admin');
});

let addressCounter = 0;
async function signedIn(email: string, password = PASSWORD) {
  const outcome = await postSignIn({ email, password, address: `203.0.113.${++addressCounter}` });
  expect(outcome.ok).toBe(true);
  return outcome.sessionCookie!;
}

describe('a session', () => {
  it('is opened at sign-in and names its browser', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const cookie = await signedIn(staff.email);
    const actor = await actorFromCookie(cookie);
    expect(actor).toMatchObject({ id: staff.id, email: staff.email, roles: [], memberships: [{ roles: ['REPORTER'] }] });
    const session = await db.staffSession.findUniqueOrThrow({ where: { id: actor!.sessionId } });
    expect(session).toMatchObject({ staffId: staff.id, userAgent: 'vitest', revokedAt: null });
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(11 * 60 * 60 * 1000);
  });

  it('signed out: the old cookie no longer yields an actor, while another session goes on', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const [cookie, other] = [await signedIn(staff.email), await signedIn(staff.email)];
    expect(await postSignOut(cookie)).toBe(true);
    expect(await actorFromCookie(cookie)).toBeNull();
    expect(await actorFromCookie(other)).toMatchObject({ id: staff.id });
  });

  it('deactivated: every session ends, and turning the account on again does not revive them', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const cookies = [await signedIn(staff.email), await signedIn(staff.email)];
    await updateStaff({ actor: admin, input: { id: staff.id, admin: false, memberships: [], active: false } });
    for (const cookie of cookies) expect(await actorFromCookie(cookie)).toBeNull();
    await updateStaff({ actor: admin, input: { id: staff.id, admin: false, memberships: [], active: true } });
    for (const cookie of cookies) expect(await actorFromCookie(cookie)).toBeNull();
    expect(await actorFromCookie(await signedIn(staff.email))).toMatchObject({ id: staff.id });
  });

  it('password changed by its holder: every other session ends, the one used goes on', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const [current, elsewhere] = [await signedIn(staff.email), await signedIn(staff.email)];
    const actor = (await actorFromCookie(current))!;
    await changeOwnPassword({ actor, input: { currentPassword: PASSWORD, newPassword: 'second-passphrase-2026', confirmPassword: 'second-passphrase-2026' } });
    expect(await actorFromCookie(elsewhere)).toBeNull();
    expect(await actorFromCookie(current)).toMatchObject({ id: staff.id });
    expect((await postSignIn({ email: staff.email, password: PASSWORD, address: '203.0.113.250' })).ok).toBe(false);
    await signedIn(staff.email, 'second-passphrase-2026');
  });

  it('a password change needs the current password, and follows the policy', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const actor = (await actorFromCookie(await signedIn(staff.email)))!;
    await rejectsWith(changeOwnPassword({ actor, input: { currentPassword: 'not-the-password', newPassword: 'second-passphrase-2026', confirmPassword: 'second-passphrase-2026' } }), 'currentPasswordWrong');
    await rejectsWith(changeOwnPassword({ actor, input: { currentPassword: PASSWORD, newPassword: 'woaini1314', confirmPassword: 'woaini1314' } }), 'passwordTooCommon');
    await rejectsWith(changeOwnPassword({ actor, input: { currentPassword: PASSWORD, newPassword: staff.email, confirmPassword: staff.email } }), 'passwordIsEmail');
  });

  it('password reset by an admin: every session of the account ends, and a sign-in lock is lifted', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const cookie = await signedIn(staff.email);
    for (let i = 0; i < 5; i++) await postSignIn({ email: staff.email, password: 'wrong-password', address: '203.0.113.251' });
    expect((await postSignIn({ email: staff.email, password: PASSWORD, address: '203.0.113.252' })).code).toBe('throttled');

    await rejectsWith(resetStaffPassword({ actor: admin, input: { id: staff.id, password: '1234567890' } }), 'passwordTooCommon');
    await resetStaffPassword({ actor: admin, input: { id: staff.id, password: 'reset-by-admin-2026' } });
    expect(await actorFromCookie(cookie)).toBeNull();
    await signedIn(staff.email, 'reset-by-admin-2026');
    const audit = await db.auditEvent.findFirst({ where: { entityId: staff.id, action: 'staff.resetPassword' } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it('expired: the cookie no longer yields an actor', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const cookie = await signedIn(staff.email);
    await db.staffSession.updateMany({ where: { staffId: staff.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromCookie(cookie)).toBeNull();
  });

  it('in use: lastSeenAt and expiresAt move on, at most every few minutes', async () => {
    const staff = await createTestStaff(db, { password: PASSWORD });
    const cookie = await signedIn(staff.email);
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await db.staffSession.updateMany({ where: { staffId: staff.id }, data: { lastSeenAt: hourAgo, expiresAt: new Date(hourAgo.getTime() + 12 * 60 * 60 * 1000) } });
    await actorFromCookie(cookie);
    const session = await db.staffSession.findFirstOrThrow({ where: { staffId: staff.id } });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 60 * 60 * 1000);
  });
});
