import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { ARTICLE_MOVES, MOVE_RULES, datelineWithByline, moveTarget, movesFrom, splitBylineNames, type ArticleMove } from './article-workflow';

describe('bylines', () => {
  it('splits the names of several reporters however they are separated', () => {
    expect(splitBylineNames('张雯 王健伟')).toEqual(['张雯', '王健伟']);
    expect(splitBylineNames('张雯、王健伟，李冬')).toEqual(['张雯', '王健伟', '李冬']);
    expect(splitBylineNames('   ')).toEqual([]);
  });
  it('prints the dateline with its reporters', () => {
    expect(datelineWithByline('本报讯', ['侯建宁'])).toBe('本报讯（记者侯建宁）');
    expect(datelineWithByline('本报讯', ['张雯', '王健伟'])).toBe('本报讯（记者张雯 王健伟）');
    expect(datelineWithByline('本报讯', [])).toBe('本报讯');
    expect(datelineWithByline(null, [])).toBeNull();
    expect(datelineWithByline(null, ['张雯'])).toBe('（记者张雯）');
  });
});

describe('workflow moves', () => {
  const ALL: ArticleStatus[] = ['DRAFT', 'FILED', 'EDITED', 'READY', 'PLACED', 'PUBLISHED', 'SENT_BACK'];
  // Every (state, move) pair, written out: a change to the table must change this too.
  const EXPECTED: Record<ArticleStatus, Partial<Record<ArticleMove, ArticleStatus>>> = {
    DRAFT: { file: 'FILED' },
    FILED: { markEdited: 'EDITED', sendBack: 'SENT_BACK' },
    EDITED: { sendToLayout: 'READY', sendBack: 'SENT_BACK' },
    READY: { sendBack: 'SENT_BACK' },
    PLACED: {},
    PUBLISHED: {},
    SENT_BACK: { file: 'FILED' },
  };

  for (const status of ALL) {
    for (const move of ARTICLE_MOVES) {
      const expected = EXPECTED[status][move] ?? null;
      it(`${expected ? `moves ${status} to ${expected}` : `refuses ${status}`} by ${move}`, () => {
        expect(moveTarget(move, status)).toBe(expected);
      });
    }
    it(`lists the moves out of ${status}`, () => {
      expect(movesFrom(status).sort()).toEqual(Object.keys(EXPECTED[status]).sort());
    });
  }

  it('never leads to PLACED or PUBLISHED: only placement and publication do', () => {
    for (const move of ARTICLE_MOVES) expect(['PLACED', 'PUBLISHED', 'DRAFT']).not.toContain(MOVE_RULES[move].to);
  });

  it('asks for a reason only when sending back, and lets only the author file', () => {
    expect(ARTICLE_MOVES.filter((move) => MOVE_RULES[move].needsReason)).toEqual(['sendBack']);
    expect(ARTICLE_MOVES.filter((move) => MOVE_RULES[move].authorOnly)).toEqual(['file']);
  });
});
