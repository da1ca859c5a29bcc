import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Permission } from './permissions';

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
  'page.markProof': ['PROOFREADER', 'CHIEF_EDITOR'],
  'issue.signOff': ['CHIEF_EDITOR'],
  'issue.publish': ['CHIEF_EDITOR'],
  'publication.manage': ['ADMIN'],
  'media.upload': ['REPORTER', 'EDITOR'],
  'media.read': ['REPORTER', 'EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR', 'ADMIN'],
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
