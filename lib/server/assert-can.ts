import 'server-only';
import { forbidden } from '@/lib/errors';
import { allows, type ScopedPermission, type UnscopedPermission } from '@/lib/permissions';
import type { Actor } from './session';

// Apart from session.ts (which reads the request's cookie through Auth.js), so the
// data layer's checks also load outside a request: the collaboration server uses them.

/**
 * Throws FORBIDDEN unless the actor holds `permission`. A publication-scoped permission
 * takes the publication of the entity touched, read in the query that does the work;
 * the overloads make the compiler refuse a scoped check without it.
 */
export function assertCan(actor: Actor, permission: UnscopedPermission): void;
export function assertCan(actor: Actor, permission: ScopedPermission, publicationId: string): void;
export function assertCan(actor: Actor, permission: UnscopedPermission | ScopedPermission, publicationId?: string): void {
  const allowed = publicationId === undefined ? allows(actor, permission as UnscopedPermission) : allows(actor, permission as ScopedPermission, publicationId);
  if (!allowed) throw forbidden();
}
