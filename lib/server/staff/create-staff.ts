import 'server-only';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import type { CreateStaffInput } from '@/lib/schemas/staff';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { assertCan, type Actor } from '../session';
import { writeMemberships } from './write-memberships';
import { assertPasswordAllowed } from './password-rules';

export async function createStaff({ actor, input }: { actor: Actor; input: CreateStaffInput }) {
  assertCan(actor, 'staff.manage');
  assertPasswordAllowed(input.password, { email: input.email });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const roles: Role[] = input.admin ? ['ADMIN'] : [];
      const staff = await tx.staff.create({
        data: { name: input.name, email: input.email, roles, passwordHash },
        select: { id: true },
      });
      await writeMemberships(tx, staff.id, input.memberships);
      await recordAudit(tx, { actor, action: 'staff.create', entityType: 'staff', entityId: staff.id, details: { roles, memberships: input.memberships } });
      return staff;
    });
  } catch (error) {
    if (uniqueViolationTarget(error)) throw new AppError('CONFLICT', 'emailTaken');
    throw error;
  }
}
