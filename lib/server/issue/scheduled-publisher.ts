import { publishDueIssues } from './publish-due-issues';

const INTERVAL_MS = 5_000;

let timer: NodeJS.Timeout | undefined;

export function startScheduledPublisher() {
  if (timer) return;
  const tick = async () => {
    try {
      const published = await publishDueIssues();
      if (published) console.log(`[publisher] published ${published} scheduled issue(s)`);
    } catch (error) {
      console.error('[publisher] could not publish scheduled issues', error);
    }
  };
  void tick();
  timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
}
