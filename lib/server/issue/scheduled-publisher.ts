import { revalidationToken } from '../revalidation-token';
import { publishDueIssues } from './publish-due-issues';

/** Asks this server to rebuild its cached reader pages, now that an issue is out. */
async function revalidateReaderPages() {
  const port = process.env.PORT ?? '3000';
  const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
    method: 'POST',
    headers: { 'x-revalidation-token': revalidationToken() },
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}

const INTERVAL_MS = 5_000;

let timer: NodeJS.Timeout | undefined;

export function startScheduledPublisher() {
  if (timer) return;
  const tick = async () => {
    try {
      const published = await publishDueIssues();
      if (published) {
        console.log(`[publisher] published ${published} scheduled issue(s)`);
        await revalidateReaderPages();
      }
    } catch (error) {
      console.error('[publisher] could not publish scheduled issues', error);
    }
  };
  void tick();
  timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
}
