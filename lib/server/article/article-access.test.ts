// Who may read, edit and move a story, for every role, state and authorship,
// written out as tables: a change to the rules (or the workflow states they use)
// must change these too.
import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/lib/generated/prisma/enums';
import { ROLES } from '@/lib/permissions';
import type { Actor } from '../session';
import { allowedMoves, canEditArticle, canReadArticle } from './article-access';

const STATUSES: ArticleStatus[] = ['DRAFT', 'FILED', 'EDITED', 'READY', 'PLACED', 'PUBLISHED', 'SENT_BACK'];
/** Someone holding `roles` on the staff of `paper` (ADMIN: installation-wide, as it can only be). */
const actor = (roles: Role[], paper = 'paper'): Actor => ({
  id: 'me',
  name: '我',
  email: 'me@masthead.local',
  roles: roles.filter((role) => role === 'ADMIN'),
  memberships: [{ publicationId: paper, roles: roles.filter((role) => role !== 'ADMIN') }],
  publicationId: paper,
});
const mine = (status: ArticleStatus) => ({ authorId: 'me', status, publicationId: 'paper' });
const theirs = (status: ArticleStatus) => ({ authorId: 'someone-else', status, publicationId: 'paper' });

describe('reading a story', () => {
  it('lets its author read it whatever their roles', () => {
    for (const status of STATUSES) expect(canReadArticle(actor([]), mine(status))).toBe(true);
  });

  it("lets only the desk read someone else's", () => {
    const desk = ['EDITOR', 'PAGE_EDITOR', 'ART_EDITOR', 'PROOFREADER', 'CHIEF_EDITOR'];
    for (const role of ROLES) expect(canReadArticle(actor([role]), theirs('FILED')), role).toBe(desk.includes(role));
    expect(canReadArticle(actor([]), theirs('FILED'))).toBe(false);
  });

  it("keeps someone else's unfiled draft from every role, the desk included; once filed, the desk reads it in every state", () => {
    for (const role of ROLES) expect(canReadArticle(actor([role]), theirs('DRAFT')), role).toBe(false);
    expect(canReadArticle(actor([...ROLES]), theirs('DRAFT'))).toBe(false);
    for (const status of STATUSES.filter((s) => s !== 'DRAFT')) expect(canReadArticle(actor(['EDITOR']), theirs(status)), status).toBe(true);
  });
});

describe('editing a story', () => {
  // The states each role may edit a story in, as its author and as someone else.
  const EDITABLE: Record<Role, { own: ArticleStatus[]; others: ArticleStatus[] }> = {
    REPORTER: { own: ['DRAFT', 'SENT_BACK'], others: [] },
    EDITOR: { own: ['DRAFT', 'FILED', 'EDITED', 'READY', 'PLACED', 'SENT_BACK'], others: ['FILED', 'EDITED', 'READY', 'PLACED'] },
    PAGE_EDITOR: { own: [], others: [] },
    ART_EDITOR: { own: [], others: [] },
    PROOFREADER: { own: [], others: [] },
    CHIEF_EDITOR: { own: [], others: [] },
    ADMIN: { own: [], others: [] },
  };

  for (const role of ROLES) {
    it(`lets ${role} edit exactly the states the rules allow`, () => {
      expect(STATUSES.filter((status) => canEditArticle(actor([role]), mine(status)))).toEqual(STATUSES.filter((s) => EDITABLE[role].own.includes(s)));
      expect(STATUSES.filter((status) => canEditArticle(actor([role]), theirs(status)))).toEqual(STATUSES.filter((s) => EDITABLE[role].others.includes(s)));
    });
  }

  it('never lets anyone edit a published story, not even its author', () => {
    expect(canEditArticle(actor([...ROLES]), mine('PUBLISHED'))).toBe(false);
  });
});

describe('the moves offered', () => {
  const cases: { roles: Role[]; story: { authorId: string; status: ArticleStatus; publicationId: string }; moves: string[] }[] = [
    { roles: ['REPORTER'], story: mine('DRAFT'), moves: ['file'] },
    { roles: ['REPORTER'], story: mine('SENT_BACK'), moves: ['file'] },
    { roles: ['REPORTER'], story: theirs('DRAFT'), moves: [] },
    { roles: ['REPORTER'], story: mine('FILED'), moves: [] },
    { roles: ['EDITOR'], story: theirs('DRAFT'), moves: [] },
    { roles: ['EDITOR'], story: mine('DRAFT'), moves: ['file'] },
    { roles: ['EDITOR'], story: theirs('FILED'), moves: ['markEdited', 'sendBack'] },
    { roles: ['EDITOR'], story: theirs('EDITED'), moves: ['sendToLayout', 'sendBack'] },
    { roles: ['EDITOR'], story: theirs('READY'), moves: ['sendBack'] },
    { roles: ['EDITOR'], story: theirs('PLACED'), moves: [] },
    { roles: ['CHIEF_EDITOR'], story: theirs('FILED'), moves: [] },
    { roles: ['PAGE_EDITOR'], story: theirs('READY'), moves: [] },
    { roles: ['ADMIN'], story: mine('DRAFT'), moves: [] },
  ];
  for (const { roles, story, moves } of cases) {
    it(`offers ${roles.join('+')} ${moves.join(', ') || 'nothing'} on ${story.authorId === 'me' ? 'their own' : "someone else's"} ${story.status} story`, () => {
      expect(allowedMoves(actor(roles), story)).toEqual(moves);
    });
  }
});

describe('roles on another paper count for nothing', () => {
  const elsewhere = (roles: Role[]) => ({ ...actor(roles, 'other-paper'), roles: [] });
  const newsroom = ROLES.filter((role) => role !== 'ADMIN');
  it('reads, edits and moves nothing of a paper it is not on the staff of, not even its own stories', () => {
    for (const status of STATUSES) {
      for (const story of [mine(status), theirs(status)]) {
        expect(canReadArticle(elsewhere(newsroom), story), status).toBe(false);
        expect(canEditArticle(elsewhere(newsroom), story), status).toBe(false);
        expect(allowedMoves(elsewhere(newsroom), story), status).toEqual([]);
      }
    }
  });
  it('lets an author on the staff with no role still read their own story there', () => {
    expect(canReadArticle(actor([]), mine('DRAFT'))).toBe(true);
  });
});
