import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapIndexThroughDelta, type TextDelta } from './caret-position';

/** The delta Yjs reports for a change made on another replica. */
function deltaOf(initial: string, change: (text: Y.Text) => void): TextDelta {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, initial);
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  let delta: TextDelta = [];
  doc.getText('t').observe((event) => (delta = event.delta as TextDelta));
  const before = Y.encodeStateVector(other);
  change(other.getText('t'));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before));
  return delta;
}

describe('mapIndexThroughDelta', () => {
  it('moves a caret by text inserted or deleted before it', () => {
    expect(mapIndexThroughDelta(4, deltaOf('河畔绿道开放', (t) => t.insert(0, '今日')))).toBe(6);
    expect(mapIndexThroughDelta(4, deltaOf('河畔绿道开放', (t) => t.delete(0, 2)))).toBe(2);
  });

  it('leaves a caret alone when the change is after it', () => {
    expect(mapIndexThroughDelta(2, deltaOf('河畔绿道开放', (t) => t.insert(4, '新')))).toBe(2);
    expect(mapIndexThroughDelta(2, deltaOf('河畔绿道开放', (t) => t.delete(3, 2)))).toBe(2);
  });

  it('is not pushed by a letter typed where it stands', () => {
    expect(mapIndexThroughDelta(2, deltaOf('河畔绿道', (t) => t.insert(2, '新')))).toBe(2);
  });

  it('lands where a deleted passage around it was', () => {
    expect(mapIndexThroughDelta(3, deltaOf('河畔绿道开放', (t) => t.delete(1, 4)))).toBe(1);
  });
});
