import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/prisma-client';
import type { Role } from '@/lib/generated/prisma/enums';

/** The password of every demo account (shown in the README). Change it before real use. */
export const DEMO_PASSWORD = 'masthead-demo';

/**
 * The demo accounts. `roles`: what each holds on the staff of its paper (`paper`, 望河报
 * when absent); ADMIN is installation-wide. `alsoOn`: roles on the second paper's staff
 * too (林晓雯 edits for both papers, so the switch between them shows from the start).
 */
export const DEMO_STAFF = [
  { key: 'reporter', name: '周明远', email: 'reporter@masthead.local', roles: ['REPORTER'] },
  { key: 'reporter2', name: '何雨桐', email: 'reporter2@masthead.local', roles: ['REPORTER'] },
  { key: 'editor', name: '林晓雯', email: 'editor@masthead.local', roles: ['EDITOR'], alsoOn: ['EDITOR'] },
  // A second desk editor, so two people can write in the same filed story at once.
  { key: 'editor2', name: '宋可欣', email: 'editor2@masthead.local', roles: ['EDITOR'] },
  { key: 'pageEditor', name: '陈思远', email: 'page@masthead.local', roles: ['PAGE_EDITOR'] },
  { key: 'pageEditor2', name: '马文静', email: 'page2@masthead.local', roles: ['PAGE_EDITOR'] },
  { key: 'artEditor', name: '王一帆', email: 'art@masthead.local', roles: ['ART_EDITOR'] },
  { key: 'proofreader', name: '孙立', email: 'proof@masthead.local', roles: ['PROOFREADER'] },
  { key: 'chiefEditor', name: '郑国华', email: 'chief@masthead.local', roles: ['CHIEF_EDITOR'] },
  { key: 'admin', name: '李静', email: 'admin@masthead.local', roles: ['ADMIN'] },
  // The second paper's own staff.
  { key: 'qxReporter', name: '孔令晨', email: 'qx-reporter@masthead.local', roles: ['REPORTER'], paper: 'second' },
  { key: 'qxPageEditor', name: '赵一鸣', email: 'qx-page@masthead.local', roles: ['PAGE_EDITOR'], paper: 'second' },
  { key: 'qxChiefEditor', name: '钱澄', email: 'qx-chief@masthead.local', roles: ['CHIEF_EDITOR'], paper: 'second' },
] as const satisfies readonly { key: string; name: string; email: string; roles: readonly Role[]; paper?: 'second'; alsoOn?: readonly Role[] }[];

export type DemoStaffKey = (typeof DEMO_STAFF)[number]['key'];

type DemoMember = { roles: readonly Role[]; paper?: 'second'; alsoOn?: readonly Role[] };

/** Creates the demo accounts with their memberships and returns their ids by key. */
export async function seedStaff(db: Database, papers: { first: string; second: string }): Promise<Record<DemoStaffKey, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = {} as Record<DemoStaffKey, string>;
  for (const member of DEMO_STAFF) {
    const staff = await db.staff.upsert({
      where: { email: member.email },
      update: {},
      create: { name: member.name, email: member.email, roles: member.roles.filter((role) => role === 'ADMIN'), passwordHash },
      select: { id: true },
    });
    ids[member.key] = staff.id;
    const { paper, alsoOn } = member as DemoMember;
    const newsroomRoles = member.roles.filter((role) => role !== 'ADMIN');
    const memberships = [
      ...(newsroomRoles.length ? [{ publicationId: paper === 'second' ? papers.second : papers.first, roles: newsroomRoles }] : []),
      ...(alsoOn ? [{ publicationId: papers.second, roles: [...alsoOn] }] : []),
    ];
    for (const { publicationId, roles } of memberships) {
      await db.publicationMembership.upsert({
        where: { staffId_publicationId: { staffId: staff.id, publicationId } },
        update: {},
        create: { staffId: staff.id, publicationId, roles },
      });
    }
  }
  return ids;
}
