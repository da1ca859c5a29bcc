'use client';

import { useEffect } from 'react';

/** A swipe this far across, and mostly across rather than down, turns the page. */
const MIN_DISTANCE_PX = 60;

/**
 * Swiping the printed page left or right turns to the next or previous page, as
 * on a phone's 数字报. It only follows the 上一版/下一版 links (`data-turn`), which
 * work without it; a page zoomed in is panned, never turned.
 */
export function PageSwipe() {
  useEffect(() => {
    let start: { x: number; y: number } | null = null;
    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0];
      const onPage = event.target instanceof Element && event.target.closest('[data-swipe]');
      start = event.touches.length === 1 && onPage && (window.visualViewport?.scale ?? 1) <= 1.01 ? { x: touch.clientX, y: touch.clientY } : null;
    };
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      start = null;
      if (Math.abs(dx) < MIN_DISTANCE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
      document.querySelector<HTMLAnchorElement>(`a[data-turn="${dx < 0 ? 'next' : 'previous'}"]`)?.click();
    };
    const cancel = () => (start = null);
    window.addEventListener('touchstart', onStart, { passive: true });
    window.addEventListener('touchend', onEnd, { passive: true });
    window.addEventListener('touchcancel', cancel, { passive: true });
    // Says the page now turns by swiping (e2e waits for it rather than guessing when scripts ran).
    document.documentElement.dataset.pageSwipe = '';
    return () => {
      delete document.documentElement.dataset.pageSwipe;
      window.removeEventListener('touchstart', onStart);
      window.removeEventListener('touchend', onEnd);
      window.removeEventListener('touchcancel', cancel);
    };
  }, []);
  return null;
}
