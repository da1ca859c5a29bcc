'use client';

import { useCallback, useEffect, useRef, useState, type ChangeEvent, type CompositionEvent, type RefObject } from 'react';
import type * as Y from 'yjs';
import { replaceText, textChange } from '@/lib/collab/shared-story';
import { mapIndexThroughDelta, type TextDelta } from '@/lib/collab/caret-position';

/**
 * An <input> bound to a Y.Text: what is typed goes into the shared text, and
 * what others type appears without moving the caret. While a Chinese input
 * method is composing, neither happens: the pinyin is not sent, and others'
 * letters wait until the character is chosen, so composition is never broken.
 */
export function useSharedText(text: Y.Text) {
  const [value, setValue] = useState(() => text.toString());
  const inputRef = useRef<HTMLInputElement>(null) as RefObject<HTMLInputElement>;
  const composing = useRef(false);
  // While composing: the text as it was when composition began, and others' changes since.
  const compositionBase = useRef('');
  const remoteDuringComposition = useRef<TextDelta[]>([]);

  useEffect(() => {
    setValue(text.toString());
    const observer = (event: Y.YTextEvent) => {
      if (event.transaction.local) return;
      if (composing.current) {
        remoteDuringComposition.current.push(event.delta as TextDelta);
        return;
      }
      const input = inputRef.current;
      const focused = input && document.activeElement === input;
      const selection = focused ? [input.selectionStart ?? 0, input.selectionEnd ?? 0] : null;
      const next = text.toString();
      setValue(next);
      if (input && selection) {
        const delta = event.delta as TextDelta;
        const [start, end] = selection.map((index) => mapIndexThroughDelta(index, delta));
        // After React has put the new value in the input.
        requestAnimationFrame(() => input.setSelectionRange(start, end));
      }
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  const push = useCallback(
    (next: string) => {
      replaceText(text, next);
    },
    [text],
  );

  return {
    value,
    inputRef,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setValue(event.target.value);
      if (!composing.current) push(event.target.value);
    },
    onCompositionStart: () => {
      composing.current = true;
      compositionBase.current = text.toString();
      remoteDuringComposition.current = [];
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = false;
      const typed = event.currentTarget.value;
      const remote = remoteDuringComposition.current;
      if (remote.length === 0) return push(typed);
      // Others typed meanwhile: make this person's change where it now belongs, keeping theirs.
      const change = textChange(compositionBase.current, typed);
      const map = (index: number) => remote.reduce((at, delta) => mapIndexThroughDelta(at, delta), index);
      const start = map(change.start);
      const end = Math.max(start, map(change.start + change.deleteCount));
      text.doc!.transact(() => {
        if (end > start) text.delete(start, end - start);
        if (change.insert) text.insert(start, change.insert);
      });
      setValue(text.toString());
    },
  };
}
