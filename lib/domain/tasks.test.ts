import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { taskKindsFor, totalTasks } from './tasks';

const PAPER = 'paper-1';
const as = (...roles: Role[]) => ({ roles: [], memberships: [{ publicationId: PAPER, roles }] });

describe('taskKindsFor', () => {
  it('gives each role the kinds of work its permissions reach', () => {
    expect(taskKindsFor(as('REPORTER'), PAPER)).toEqual(['sentBack', 'comments']);
    expect(taskKindsFor(as('EDITOR'), PAPER)).toEqual(['sentBack', 'comments', 'awaitingEdit']);
    expect(taskKindsFor(as('REPORTER', 'PAGE_EDITOR'), PAPER)).toEqual(['sentBack', 'comments', 'pagesSentBack', 'proofMarks', 'issueSentBack']);
    expect(taskKindsFor(as('PAGE_EDITOR'), PAPER)).toEqual(['pagesSentBack', 'proofMarks', 'issueSentBack']);
    expect(taskKindsFor(as('ART_EDITOR'), PAPER)).toEqual(['pagesSentBack']);
    expect(taskKindsFor(as('PROOFREADER'), PAPER)).toEqual([]);
    expect(taskKindsFor(as('CHIEF_EDITOR'), PAPER)).toEqual(['awaitingSignOff']);
  });

  it('counts roles only in the publication asked about', () => {
    expect(taskKindsFor(as('CHIEF_EDITOR'), 'another-paper')).toEqual([]);
    expect(taskKindsFor(as('CHIEF_EDITOR'), null)).toEqual([]);
    // ADMIN runs the installation; no newsroom work waits for it.
    expect(taskKindsFor({ roles: ['ADMIN'], memberships: [] }, PAPER)).toEqual([]);
  });
});

describe('totalTasks', () => {
  it('adds up every kind', () => {
    expect(totalTasks({})).toBe(0);
    expect(totalTasks({ sentBack: 2, comments: 1, awaitingSignOff: 0 })).toBe(3);
  });
});
