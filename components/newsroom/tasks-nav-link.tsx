'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';

const EVERY_MS = 30_000;
export const TASKS_HREF = '/newsroom/tasks';

/**
 * The navigation's 我的待办 link with a count of what waits, kept current without
 * reloading: polls the counts (a few bytes) every 30 s while the tab is visible,
 * whenever the window regains focus, and after moving to another newsroom page. Says nothing when the count changes (no live
 * region): the count is part of the link's name, read when someone reaches it.
 * On the task list itself a changed count refreshes the list.
 */
export function TasksNavLink({ initial }: { initial: number }) {
  const t = useTranslations('tasks');
  const router = useRouter();
  const pathname = usePathname();
  const [count, setCount] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  // A server render after an action brings a fresh count: it wins over the last poll.
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    setCount(initial);
  }
  const current = useRef(count);
  current.current = count;
  const onList = pathname === TASKS_HREF;
  const moved = useRef(false);

  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`${TASKS_HREF}/counts`, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        const { total } = (await response.json()) as { total: number };
        if (total === current.current) return;
        setCount(total);
        if (onList) router.refresh();
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    // Moving to another page may follow work done (a story filed): look again then too.
    if (moved.current) void check();
    moved.current = true;
    const timer = setInterval(check, EVERY_MS);
    const onVisible = () => {
      if (!document.hidden) void check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pathname, onList, router]);

  return (
    <Link href={TASKS_HREF} aria-label={count > 0 ? t('navCount', { count }) : undefined} aria-current={onList ? 'page' : undefined} className="flex items-center justify-between rounded px-2 py-1.5 hover:bg-neutral-200" data-testid="tasks-nav-link">
      <span>{t('nav')}</span>
      {count > 0 && (
        // The link's name says the count in words; the badge is for the eye.
        <span aria-hidden="true" className="rounded-full bg-red-700 px-2 text-xs font-bold text-white" data-testid="tasks-count">
          {count}
        </span>
      )}
    </Link>
  );
}
