// What an actor may touch across publications: its memberships and its current
// publication, read with the session so a changed membership counts at once.
import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export type Membership = { publicationId: string; roles: Role[] };

/** SQL (one column, `memberships`) reading the memberships of staff row `s`, in the order publications were made. */
export const MEMBERSHIPS_COLUMN = `COALESCE((
  SELECT json_agg(json_build_object('publicationId', m."publicationId", 'roles', m.roles::text[]) ORDER BY p."createdAt", p.id)
  FROM "PublicationMembership" m JOIN "Publication" p ON p.id = m."publicationId"
  WHERE m."staffId" = s.id), '[]'::json) AS memberships`;

/**
 * The publication the newsroom shows: the one the cookie asks for when the staff member
 * is on its staff (an installation admin: when it exists), else the first membership;
 * an admin on no paper's staff gets the default publication. Null for nobody's staff.
 */
export async function currentPublicationFor({ roles, memberships, wanted }: { roles: Role[]; memberships: Membership[]; wanted: string | null }): Promise<string | null> {
  if (wanted && memberships.some((m) => m.publicationId === wanted)) return wanted;
  if (!roles.includes('ADMIN')) return memberships[0]?.publicationId ?? null;
  const publications = await db.publication.findMany({ select: { id: true }, orderBy: [{ isDefault: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }] });
  if (wanted && publications.some((p) => p.id === wanted)) return wanted;
  return memberships[0]?.publicationId ?? publications[0]?.id ?? null;
}

/** The memberships and current publication of one staff member (print passes, tests). */
export async function accessOf(staffId: string, roles: Role[], wanted: string | null = null) {
  const rows = await db.publicationMembership.findMany({
    where: { staffId },
    select: { publicationId: true, roles: true },
    orderBy: [{ publication: { createdAt: 'asc' } }, { publicationId: 'asc' }],
  });
  const memberships = rows.map((m) => ({ publicationId: m.publicationId, roles: m.roles }));
  return { memberships, publicationId: await currentPublicationFor({ roles, memberships, wanted }) };
}
