import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/prisma-client';
import type { Role } from '@/lib/generated/prisma/enums';

/** The password of every demo account (shown in the README). Change it before real use. */
export const DEMO_PASSWORD = 'masthead-demo';

export const DEMO_STAFF = [
  { key: 'reporter', name: '周明远', email: 'reporter@masthead.local', roles: ['REPORTER'] },
  { key: 'reporter2', name: '何雨桐', email: 'reporter2@masthead.local', roles: ['REPORTER'] },
  { key: 'editor', name: '林晓雯', email: 'editor@masthead.local', roles: ['EDITOR'] },
  { key: 'pageEditor', name: '陈思远', email: 'page@masthead.local', roles: ['PAGE_EDITOR'] },
  { key: 'pageEditor2', name: '马文静', email: 'page2@masthead.local', roles: ['PAGE_EDITOR'] },
  { key: 'artEditor', name: '王一帆', email: 'art@masthead.local', roles: ['ART_EDITOR'] },
  { key: 'proofreader', name: '孙立', email: 'proof@masthead.local', roles: ['PROOFREADER'] },
  { key: 'chiefEditor', name: '郑国华', email: 'chief@masthead.local', roles: ['CHIEF_EDITOR'] },
  { key: 'admin', name: '李静', email: 'admin@masthead.local', roles: ['ADMIN'] },
] as const satisfies readonly { key: string; name: string; email: string; roles: readonly Role[] }[];

export type DemoStaffKey = (typeof DEMO_STAFF)[number]['key'];

/** Creates one account per demo role and returns their ids by key. */
export async function seedStaff(db: Database): Promise<Record<DemoStaffKey, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = {} as Record<DemoStaffKey, string>;
  for (const member of DEMO_STAFF) {
    const staff = await db.staff.upsert({
      where: { email: member.email },
      update: {},
      create: { name: member.name, email: member.email, roles: [...member.roles], passwordHash },
      select: { id: true },
    });
    ids[member.key] = staff.id;
  }
  return ids;
}
