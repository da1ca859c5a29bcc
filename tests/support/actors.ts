import { createPrismaClient } from '@/lib/prisma-client';
import type { Actor } from '@/lib/server/session';
import { DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';

export const testDb = () => createPrismaClient(process.env.DATABASE_URL!, { max: 2 });

/** The demo account `key` as the data layer sees a signed-in staff member. */
export async function actorFor(key: DemoStaffKey): Promise<Actor> {
  return actorIn(key, null);
}

/** The demo account `key` working in `publicationId` (default: its first paper, or the default paper for an admin). */
export async function actorIn(key: DemoStaffKey, publicationId: string | null): Promise<Actor> {
  const db = testDb();
  const member = DEMO_STAFF.find((s) => s.key === key)!;
  const staff = await db.staff.findUniqueOrThrow({ where: { email: member.email }, select: { id: true, name: true, email: true, roles: true } });
  const rows = await db.publicationMembership.findMany({ where: { staffId: staff.id }, select: { publicationId: true, roles: true }, orderBy: [{ publication: { createdAt: 'asc' } }, { publicationId: 'asc' }] });
  const memberships = rows.map((m) => ({ publicationId: m.publicationId, roles: m.roles }));
  const wanted = publicationId ?? memberships[0]?.publicationId ?? (await db.publication.findFirst({ where: { isDefault: true }, select: { id: true } }))?.id ?? null;
  await db.$disconnect();
  return { ...staff, memberships, publicationId: wanted };
}
