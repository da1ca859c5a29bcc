import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Database } from '@/lib/prisma-client';
import type { FirstAdminInput, FirstPublicationInput } from '@/lib/schemas/setup';
import { createStartingPublication } from '@/prisma/seed/publication';
import { recordAudit } from '../audit';
import { uniqueViolationTarget } from '../prisma-errors';
import { assertPasswordAllowed } from '../staff/password-rules';

/**
 * The key of the transaction-scoped advisory lock the first-run setup takes: two
 * people submitting the setup page at once queue on it, and the second then finds
 * the first one's administrator and is refused. (An arbitrary constant: "MASTHEAD" in hex.)
 */
export const FIRST_RUN_LOCK_KEY = 0x4d415354_48454144n;

export type FirstRunState = { open: boolean; needsPublication: boolean };

/**
 * Whether the first-run page is open: only while there is no staff member at all.
 * Public (nobody can sign in yet); it says no more than whether the install is set up.
 */
export async function getFirstRunState({ database = db }: { database?: Database } = {}): Promise<FirstRunState> {
  const [staff, publication] = await Promise.all([
    database.staff.findFirst({ select: { id: true } }),
    database.publication.findFirst({ select: { id: true } }),
  ]);
  return { open: !staff, needsPublication: !publication };
}

/**
 * Creates the first administrator (and the paper, when there is none yet) of an
 * empty install. The check that no staff exists and the creation are one
 * transaction behind an advisory lock, so of two people racing the setup page
 * exactly one becomes administrator; the other is refused with `setupClosed`.
 * Hiding the page is not the guard: this is.
 */
export async function createFirstAdministrator({
  admin,
  publication,
  database = db,
}: {
  admin: FirstAdminInput;
  publication: FirstPublicationInput | null;
  database?: Database;
}) {
  assertPasswordAllowed(admin.password, { email: admin.email });
  // Once set up, refused before the password is hashed: the closed page costs a query, not a hash.
  if (!(await getFirstRunState({ database })).open) throw new AppError('CONFLICT', 'setupClosed');
  const passwordHash = await hashPassword(admin.password);
  try {
    return await database.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK_KEY})`;
      if (await tx.staff.findFirst({ select: { id: true } })) throw new AppError('CONFLICT', 'setupClosed');
      const staff = await tx.staff.create({
        data: { name: admin.name, email: admin.email, roles: ['ADMIN'], passwordHash },
        select: { id: true, name: true, email: true, roles: true },
      });
      // An installation administrator: on no paper's staff, so no memberships.
      const actor = { ...staff, memberships: [], publicationId: null };
      await recordAudit(tx, { actor, action: 'staff.create', entityType: 'staff', entityId: staff.id, details: { roles: staff.roles, firstRun: true } });
      let publicationId: string | null = null;
      if (!(await tx.publication.findFirst({ select: { id: true } }))) {
        if (!publication) throw new AppError('INVALID', 'publicationRequired');
        const created = await createStartingPublication(tx, { slug: publication.publicationSlug, name: publication.publicationName, isDefault: true });
        await recordAudit(tx, { actor, action: 'publication.create', entityType: 'publication', entityId: created.id, details: { slug: created.slug, firstRun: true } });
        publicationId = created.id;
      }
      return { staffId: staff.id, publicationId };
    });
  } catch (error) {
    if (uniqueViolationTarget(error)) throw new AppError('CONFLICT', 'slugTaken', { slug: publication?.publicationSlug ?? '' });
    throw error;
  }
}
