// Server-side sessions. The session cookie is a JWT that any app server can
// read, but it names a StaffSession row, and getActor accepts the cookie only
// while that row is live: not revoked, not expired, its staff member active.
// So signing out, deactivating an account or changing a password ends a session
// at once on every server, even for someone holding a copy of the old cookie.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { currentPublicationFor, MEMBERSHIPS_COLUMN, type Membership } from './actor-access';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/server/session';

/** As long as the cookie: twelve hours after the last use. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** lastSeenAt and expiresAt move on at most this often, so reading a page is not a write each time. */
const TOUCH_AFTER_SECONDS = 5 * 60;
/** Revoked or expired rows are kept a week (who was signed in from where), then deleted at the next sign-in. */
const KEEP_ENDED_DAYS = 7;

type Client = Prisma.TransactionClient;

/** Opens a session for a staff member whose password was just checked. */
export async function createStaffSession({ staffId, userAgent }: { staffId: string; userAgent: string | null }) {
  const longAgo = new Date(Date.now() - KEEP_ENDED_DAYS * 24 * 60 * 60 * 1000);
  await db.staffSession.deleteMany({ where: { staffId, OR: [{ expiresAt: { lt: longAgo } }, { revokedAt: { lt: longAgo } }] } });
  return db.staffSession.create({
    data: { staffId, userAgent: userAgent?.slice(0, 300) || null, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
}

/**
 * The staff member a cookie names, if its session is live and the account active:
 * one query on the session's primary key joined to the staff row.
 */
export async function actorForSession({ staffId, sessionId, wantedPublicationId = null }: { staffId: string; sessionId: string; wantedPublicationId?: string | null }): Promise<Actor | null> {
  const [row] = await db.$queryRaw<{ id: string; name: string; email: string; roles: Role[]; memberships: Membership[]; stale: boolean }[]>`
    SELECT s.id, s.name, s.email, s.roles::text[] AS roles, ${Prisma.raw(MEMBERSHIPS_COLUMN)},
           ss."lastSeenAt" < now() - ${TOUCH_AFTER_SECONDS}::int * interval '1 second' AS stale
    FROM "StaffSession" ss JOIN "Staff" s ON s.id = ss."staffId"
    WHERE ss.id = ${sessionId} AND ss."staffId" = ${staffId}
      AND ss."revokedAt" IS NULL AND ss."expiresAt" > now() AND s.active`;
  if (!row) return null;
  if (row.stale) {
    await db.$executeRaw`
      UPDATE "StaffSession" SET "lastSeenAt" = now(), "expiresAt" = now() + ${SESSION_MAX_AGE_SECONDS}::int * interval '1 second'
      WHERE id = ${sessionId} AND "revokedAt" IS NULL`;
  }
  const publicationId = await currentPublicationFor({ roles: row.roles, memberships: row.memberships, wanted: wantedPublicationId });
  return { id: row.id, name: row.name, email: row.email, roles: row.roles, memberships: row.memberships, publicationId, sessionId };
}

/** Signing out: ends this one session. */
export async function revokeStaffSession({ sessionId }: { sessionId: string }) {
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every session of a staff member — in the transaction that deactivates the
 * account or changes its password — except `keep`, the one that made the change.
 */
export async function revokeStaffSessions(tx: Client, { staffId, keep }: { staffId: string; keep?: string }) {
  await tx.staffSession.updateMany({
    where: { staffId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
}
