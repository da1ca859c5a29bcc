import { describe, expect, it } from 'vitest';
import { readSnapshot, sameSnapshot } from './article-snapshot';
import { diffByCharacter, diffSummary } from './char-diff';
import { joinsLatestRevision, REVISION_WINDOW_MS } from './revision-coalescing';
import { targetProgress } from './target-length';

describe('character diff', () => {
  it('finds a changed character inside a Chinese sentence', () => {
    const segments = diffByCharacter('区政府今天召开会议。', '区政府昨天召开会议。');
    expect(segments).toEqual([
      { kind: 'same', text: '区政府' },
      { kind: 'removed', text: '今' },
      { kind: 'added', text: '昨' },
      { kind: 'same', text: '天召开会议。' },
    ]);
    expect(diffSummary(segments)).toEqual({ added: 1, removed: 1 });
  });

  it('counts characters beyond the BMP once', () => {
    expect(diffSummary(diffByCharacter('', '𠀀字'))).toEqual({ added: 2, removed: 0 });
  });

  it('returns nothing for two empty texts and one same segment for equal ones', () => {
    expect(diffByCharacter('', '')).toEqual([]);
    expect(diffByCharacter('同', '同')).toEqual([{ kind: 'same', text: '同' }]);
  });

  it('rebuilds both texts from its segments on long input', () => {
    const before = '街道社区'.repeat(5000);
    const after = before.slice(0, 9000) + '新增一句话。' + before.slice(9100);
    const segments = diffByCharacter(before, after);
    expect(segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
  });
});

describe('revision coalescing', () => {
  const at = new Date('2026-11-23T08:00:00Z');
  const latest = { authorId: 'a', createdAt: at, restoredFromVersion: null };
  it('joins saves by the same person within the window', () => {
    expect(joinsLatestRevision(latest, { authorId: 'a', at: new Date(at.getTime() + 60_000) })).toBe(true);
  });
  it('starts a new revision for another person, after the window, after a restore, or with none yet', () => {
    expect(joinsLatestRevision(latest, { authorId: 'b', at })).toBe(false);
    expect(joinsLatestRevision(latest, { authorId: 'a', at: new Date(at.getTime() + REVISION_WINDOW_MS) })).toBe(false);
    expect(joinsLatestRevision({ ...latest, restoredFromVersion: 3 }, { authorId: 'a', at })).toBe(false);
    expect(joinsLatestRevision(null, { authorId: 'a', at })).toBe(false);
    const later = new Date(at.getTime() + 60_000);
    expect(joinsLatestRevision(latest, { authorId: 'a', at: later, lastMoveAt: new Date(at.getTime() + 1000) })).toBe(false);
    expect(joinsLatestRevision(latest, { authorId: 'a', at: later, lastMoveAt: new Date(at.getTime() - 1000) })).toBe(true);
  });
});

describe('snapshots', () => {
  it('reads missing parts as empty and compares by content', () => {
    const a = readSnapshot({ headline: '主题', body: { type: 'doc', content: [] } });
    expect(a.kicker).toBe('');
    expect(sameSnapshot(a, readSnapshot({ headline: '主题', body: { type: 'doc', content: [] } }))).toBe(true);
    expect(sameSnapshot(a, { ...a, headline: '另一个' })).toBe(false);
    expect(readSnapshot(null).headline).toBe('');
  });
});

describe('target length', () => {
  it('says how far under or over the target the count is', () => {
    expect(targetProgress(800, null)).toEqual({ state: 'none' });
    expect(targetProgress(800, 1000)).toEqual({ state: 'under', difference: 200 });
    expect(targetProgress(1100, 1000)).toEqual({ state: 'over', difference: 100 });
    expect(targetProgress(1015, 1000)).toEqual({ state: 'met', difference: 15 });
  });
});
