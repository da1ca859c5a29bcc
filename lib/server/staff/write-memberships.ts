import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';

/**
 * Sets a staff member's roles on each publication named: no roles takes them off that
 * paper's staff. Publications not named are left as they are. A transaction step of
 * createStaff and updateStaff, which check staff.manage first.
 */
export async function writeMemberships(tx: Prisma.TransactionClient, staffId: string, memberships: { publicationId: string; roles: Role[] }[]) {
  const ids = memberships.map((m) => m.publicationId);
  if (ids.length && (await tx.publication.count({ where: { id: { in: ids } } })) !== ids.length) throw new AppError('INVALID', 'publicationNotFound');
  for (const { publicationId, roles } of memberships) {
    if (roles.length === 0) {
      await tx.publicationMembership.deleteMany({ where: { staffId, publicationId } });
    } else {
      await tx.publicationMembership.upsert({
        where: { staffId_publicationId: { staffId, publicationId } },
        create: { staffId, publicationId, roles },
        update: { roles },
      });
    }
  }
}
