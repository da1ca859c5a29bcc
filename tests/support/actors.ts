import { createPrismaClient } from '@/lib/prisma-client';
import type { Actor } from '@/lib/server/session';
import { DEMO_STAFF, type DemoStaffKey } from '@/prisma/seed/staff';

export const testDb = () => createPrismaClient(process.env.DATABASE_URL!, { max: 2 });

/** The demo account `key` as the data layer sees a signed-in staff member. */
export async function actorFor(key: DemoStaffKey): Promise<Actor> {
  const db = testDb();
  const member = DEMO_STAFF.find((s) => s.key === key)!;
  const staff = await db.staff.findUniqueOrThrow({ where: { email: member.email }, select: { id: true, name: true, email: true, roles: true } });
  await db.$disconnect();
  return staff;
}
