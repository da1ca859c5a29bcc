// Who may read, edit and move a story, for every role, state and authorship,
// written out as tables: a change to the rules (or the workflow states they use)
// must change these too.
import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/lib/generated/prisma/enums';
import { ROLES } from '@/lib/permissions';
import type { Actor } from '../session';
import { allowedMoves, canEditArticle, canReadArticle } from './article-access';

const STATUSES: ArticleStatus[] = ['DRAFT', 'FILED', 'EDITED', 'READY', 'PLACED', 'PUBLISHED', 'SENT_BACK'];
const actor = (roles: Role[]): Actor => ({ id: 'me', name: '我', email: 'me@masthead.local', roles });
const mine = (status: ArticleStatus) => ({ authorId: 'me', status });
const theirs = (status: ArticleStatus) => ({ authorId: 'someone-else', status });

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
  const cases: { roles: Role[]; story: { authorId: string; status: ArticleStatus }; moves: string[] }[] = [
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
