// Who may do what: the one place roles are mapped to actions. Every data-access
// function checks this on the server; the UI only uses it to hide what would be refused.
import type { Role } from '@/lib/generated/prisma/enums';

export const ROLES = ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR', 'ADMIN'] as const satisfies readonly Role[];

const NEWSROOM: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'];

export const PERMISSIONS = {
  /** Enter the newsroom at all. */
  'newsroom.enter': NEWSROOM,
  /** Write new stories and edit one's own drafts. */
  'article.write': ['REPORTER', 'EDITOR'],
  /** File (交稿) one's own story to the desk. */
  'article.file': ['REPORTER', 'EDITOR'],
  /** Read every story on the desk, not just one's own. */
  'article.readDesk': DESK,
  /** Edit any filed story on the desk. */
  'article.editDesk': ['EDITOR'],
  /** Issue a correction (更正) to a published story. */
  'article.correct': ['EDITOR', 'CHIEF_EDITOR'],
  /** Set the length a story is asked to be (目标字数). */
  'article.setTarget': ['EDITOR', 'CHIEF_EDITOR'],
  /** Comment (批注) on a passage of a story one may read. */
  'article.comment': ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'],
  /** Mark filed copy edited (编辑完成) and send edited copy to layout (送组版). */
  'article.edit': ['EDITOR'],
  /** Send a story on the desk back to its author with a reason (退稿). */
  'article.sendBack': ['EDITOR'],
  /** Read issues, their pages and proofs. */
  'issue.read': DESK,
  /** Create the next issue. */
  'issue.create': ['PAGE_EDITOR'],
  /** Change an issue's pages and place stories into slots. */
  'issue.plan': ['PAGE_EDITOR'],
  /** Send a planned issue to the chief editor. */
  'issue.submit': ['PAGE_EDITOR'],
  /** See the publication's page templates (版式). */
  'template.read': ['PAGE_EDITOR', 'ART_EDITOR', 'CHIEF_EDITOR', 'ADMIN'],
  /** Draw, change and save page templates (版式). */
  'template.manage': ['PAGE_EDITOR', 'ART_EDITOR', 'ADMIN'],
  /** Be named on pages as 责任编辑 or 美编 and answer for them: pages sent back wait for them (我的待办). */
  'page.answer': ['PAGE_EDITOR', 'ART_EDITOR'],
  /** Mark errors on page proofs (校对), without editing. */
  'page.markProof': ['PROOFREADER', 'CHIEF_EDITOR'],
  /** Sign pages (签版) and the issue (签发), send them back, or undo a sign-off. */
  'issue.signOff': ['CHIEF_EDITOR'],
  /** Publish a signed-off issue to readers. */
  'issue.publish': ['CHIEF_EDITOR'],
  /** Set a publication's page format: paper size, margins, grid and body type. */
  'publication.manage': ['ADMIN'],
  /** Upload images into story bodies (whoever writes or edits copy). */
  'media.upload': ['REPORTER', 'EDITOR'],
  /** Fetch any uploaded image, published or not. */
  'media.read': NEWSROOM,
  /** See the paper's background jobs (scheduled publication, cache refresh, PDF renders) that fail, and retry them. */
  'jobs.manage': ['CHIEF_EDITOR', 'ADMIN'],
  /** Manage staff accounts and roles. */
  'staff.manage': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * Permissions that concern no one publication: the installation's own (publications and
 * staff, held through the installation-wide ADMIN role) and the account's own (entering the
 * newsroom, uploading and reading images, which belong to no paper). Held when the
 * installation roles or the roles of any membership grant them.
 * Every other permission is publication-scoped: held only through the roles the actor has
 * in the publication of the thing touched (plus installation roles: ADMIN's template
 * rights apply in every paper).
 */
export const UNSCOPED_PERMISSIONS = ['newsroom.enter', 'media.upload', 'media.read', 'publication.manage', 'staff.manage'] as const satisfies readonly Permission[];
export type UnscopedPermission = (typeof UNSCOPED_PERMISSIONS)[number];
export type ScopedPermission = Exclude<Permission, UnscopedPermission>;

/** The roles a membership may hold: every newsroom role; ADMIN is installation-wide only. */
export const MEMBERSHIP_ROLES = ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'] as const satisfies readonly Role[];
/** The roles an account holds across the installation. */
export const INSTALLATION_ROLES = ['ADMIN'] as const satisfies readonly Role[];

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Who someone is across publications: installation roles and one membership per paper. */
export type Access = {
  roles: readonly Role[];
  memberships: readonly { publicationId: string; roles: readonly Role[] }[];
};

/** The roles `access` holds in `publicationId`: the membership's, plus the installation's. */
export function rolesIn(access: Access, publicationId: string): Role[] {
  const membership = access.memberships.find((m) => m.publicationId === publicationId);
  return [...access.roles, ...(membership?.roles ?? [])];
}

/**
 * Whether `access` holds `permission`. A publication-scoped permission needs the
 * publication of the thing touched, read from the database (never sent by the client):
 * the compiler refuses a scoped check without one.
 */
export function allows(access: Access, permission: UnscopedPermission): boolean;
export function allows(access: Access, permission: ScopedPermission, publicationId: string): boolean;
export function allows(access: Access, permission: Permission, publicationId?: string): boolean {
  if ((UNSCOPED_PERMISSIONS as readonly string[]).includes(permission)) {
    return can(access.roles, permission) || access.memberships.some((m) => can(m.roles, permission));
  }
  if (!publicationId) return false;
  return can(rolesIn(access, publicationId), permission);
}

/** For what the newsroom shows or hides: `permission` in the current publication (an unscoped one anywhere). */
export function allowsHere(access: Access & { publicationId: string | null }, permission: Permission): boolean {
  if ((UNSCOPED_PERMISSIONS as readonly string[]).includes(permission)) return allows(access, permission as UnscopedPermission);
  return access.publicationId !== null && allows(access, permission as ScopedPermission, access.publicationId);
}
