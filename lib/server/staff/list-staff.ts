import 'server-only';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { forbidden } from '@/lib/errors';
import { assertCan, type Actor } from '../session';

/** Every account, for the admin. */
export function listStaff({ actor }: { actor: Actor }) {
  assertCan(actor, 'staff.manage');
  return db.staff.findMany({ orderBy: { createdAt: 'asc' }, select: { id: true, name: true, email: true, roles: true, active: true } });
}

/** Active staff by name, for choosing a page's 责任编辑 and 美编. */
export function listStaffNames({ actor }: { actor: Actor }) {
  if (!can(actor.roles, 'issue.create') && !can(actor.roles, 'staff.manage')) throw forbidden();
  return db.staff.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true, roles: true } });
}
