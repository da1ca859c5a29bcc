/**
 * Swiping the printed page left or right turns to the next or previous page, as
 * on a phone's 数字报. It only follows the 上一版/下一版 links (`a[data-turn]`),
 * which work without it; a page zoomed in is panned, never turned.
 *
 * A few lines of plain script inline in the reader's layout, not a client
 * component: no chunk to fetch, and it works before (and without) hydration.
 * The listeners sit on `window`, so they serve every page reached from here.
 */
function turnPagesBySwiping() {
  /** A swipe this far across, and mostly across rather than down, turns the page. */
  const minDistancePx = 60;
  let start: { x: number; y: number } | null = null;
  window.addEventListener(
    'touchstart',
    (event) => {
      const target = event.target;
      const zoomed = window.visualViewport ? window.visualViewport.scale > 1.01 : false;
      const onPage = target instanceof Element && target.closest('[data-swipe]');
      start = event.touches.length === 1 && onPage && !zoomed ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : null;
    },
    { passive: true },
  );
  window.addEventListener(
    'touchend',
    (event) => {
      const touch = event.changedTouches[0];
      const from = start;
      start = null;
      if (!from || !touch) return;
      const dx = touch.clientX - from.x;
      const dy = touch.clientY - from.y;
      if (Math.abs(dx) < minDistancePx || Math.abs(dx) < 2 * Math.abs(dy)) return;
      const link = document.querySelector<HTMLAnchorElement>('a[data-turn="' + (dx < 0 ? 'next' : 'previous') + '"]');
      if (link) link.click();
    },
    { passive: true },
  );
  window.addEventListener('touchcancel', () => (start = null), { passive: true });
}

const SCRIPT = `(${turnPagesBySwiping.toString()})()`;

/** The swipe script, once per document (in the reader's layout). */
export function PageSwipeScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
