import { describe, expect, it } from 'vitest';
import { allows, allowsHere, can, MEMBERSHIP_ROLES, PERMISSIONS, ROLES, UNSCOPED_PERMISSIONS, type Permission, type ScopedPermission } from './permissions';

// The whole matrix, written out: a change to the map must change this table too.
const EXPECTED: Record<Permission, string[]> = {
  'newsroom.enter': ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR', 'ADMIN'],
  'article.write': ['REPORTER', 'EDITOR'],
  'article.file': ['REPORTER', 'EDITOR'],
  'article.readDesk': ['EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'],
  'article.editDesk': ['EDITOR'],
  'article.correct': ['EDITOR', 'CHIEF_EDITOR'],
  'article.setTarget': ['EDITOR', 'CHIEF_EDITOR'],
  'article.comment': ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'],
  'article.edit': ['EDITOR'],
  'article.sendBack': ['EDITOR'],
  'issue.read': ['EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'],
  'issue.create': ['PAGE_EDITOR'],
  'issue.plan': ['PAGE_EDITOR'],
  'issue.submit': ['PAGE_EDITOR'],
  'template.read': ['PAGE_EDITOR', 'ART_EDITOR', 'CHIEF_EDITOR', 'ADMIN'],
  'template.manage': ['PAGE_EDITOR', 'ART_EDITOR', 'ADMIN'],
  'page.answer': ['PAGE_EDITOR', 'ART_EDITOR'],
  'page.markProof': ['PROOFREADER', 'CHIEF_EDITOR'],
  'issue.signOff': ['CHIEF_EDITOR'],
  'issue.publish': ['CHIEF_EDITOR'],
  'publication.manage': ['ADMIN'],
  'media.upload': ['REPORTER', 'EDITOR'],
  'media.read': ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR', 'ADMIN'],
  'jobs.manage': ['CHIEF_EDITOR', 'ADMIN'],
  'staff.manage': ['ADMIN'],
};

describe('permission map', () => {
  it('knows every role, in the order the staff form lists them', () => {
    // The tables below are built from ROLES: an empty or shortened list would silently test less.
    expect(ROLES).toEqual(['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR', 'ADMIN']);
  });

  it('covers every permission', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [permission, allowed] of Object.entries(EXPECTED) as [Permission, string[]][]) {
    for (const role of ROLES) {
      const expected = allowed.includes(role);
      it(`${expected ? 'lets' : 'refuses'} ${role} ${permission}`, () => {
        expect(can([role], permission)).toBe(expected);
      });
    }
  }

  it('grants what any of several roles grants', () => {
    expect(can(['REPORTER', 'ADMIN'], 'staff.manage')).toBe(true);
    expect(can(['REPORTER', 'ADMIN'], 'issue.signOff')).toBe(false);
  });

  it('refuses someone with no role', () => {
    expect(can([], 'newsroom.enter')).toBe(false);
  });
});

describe('permissions across publications', () => {
  const scoped = (Object.keys(PERMISSIONS) as Permission[]).filter((p): p is ScopedPermission => !(UNSCOPED_PERMISSIONS as readonly string[]).includes(p));
  const onA = { roles: [], memberships: [{ publicationId: 'a', roles: [...MEMBERSHIP_ROLES] }] };

  it('splits the map into installation/account permissions and publication-scoped ones', () => {
    expect([...UNSCOPED_PERMISSIONS].sort()).toEqual(['media.read', 'media.upload', 'newsroom.enter', 'publication.manage', 'staff.manage']);
    expect(scoped.length).toBe(Object.keys(PERMISSIONS).length - UNSCOPED_PERMISSIONS.length);
  });

  it('grants a scoped permission only in the publication whose staff holds the role', () => {
    for (const permission of scoped) {
      expect(allows(onA, permission, 'a'), permission).toBe(can(MEMBERSHIP_ROLES, permission));
      expect(allows(onA, permission, 'b'), permission).toBe(false);
      expect(allowsHere({ ...onA, publicationId: 'b' }, permission), permission).toBe(false);
      expect(allowsHere({ ...onA, publicationId: null }, permission), permission).toBe(false);
    }
  });

  it('grants account permissions through any membership, and installation ones only to ADMIN', () => {
    expect(allows(onA, 'newsroom.enter')).toBe(true);
    expect(allows(onA, 'media.upload')).toBe(true);
    expect(allows(onA, 'staff.manage')).toBe(false);
    expect(allows({ roles: [], memberships: [] }, 'newsroom.enter')).toBe(false);
    expect(allows({ roles: ['ADMIN'], memberships: [] }, 'publication.manage')).toBe(true);
  });

  it("lets an installation admin's role count in every publication, for what ADMIN grants", () => {
    const admin = { roles: ['ADMIN' as const], memberships: [] };
    expect(allows(admin, 'template.manage', 'any-paper')).toBe(true);
    expect(allows(admin, 'issue.signOff', 'any-paper')).toBe(false);
  });
});
