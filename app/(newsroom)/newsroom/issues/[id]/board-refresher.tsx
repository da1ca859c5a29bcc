'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const EVERY_MS = 3000;

/**
 * Keeps an open board current while others work on the same issue: polls the
 * issue's layout version (a few bytes) and reloads the board's data when it
 * changed. Paused while the tab is hidden.
 */
export function BoardRefresher({ issueId, version }: { issueId: string; version: string }) {
  const router = useRouter();
  const seen = useRef(version);
  seen.current = version;
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.hidden) return;
      try {
        const response = await fetch(`/newsroom/issues/${issueId}/version`, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        const { version: latest } = (await response.json()) as { version: string };
        if (latest !== seen.current) {
          seen.current = latest;
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    };
    const timer = setInterval(check, EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [issueId, router]);
  return null;
}
