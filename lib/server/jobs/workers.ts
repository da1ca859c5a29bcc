import 'server-only';
import type PgBoss from 'pg-boss';
import { runCacheRefresh, type CacheRefreshJob } from './cache-refresh';
import { runIssuePublication, runPublicationSweep, type IssuePublishJob } from './publication-jobs';
import { QUEUES } from './queue-names';

export type WorkerOptions = {
  /** How many PDFs this server renders at once (one pg-boss worker each). 0: this server renders none. */
  pdfConcurrency?: number;
};

/** Registers this server's workers: one per queue, and `pdfConcurrency` for the PDF renders; schedules the sweep. */
export async function registerWorkers(boss: PgBoss, options: WorkerOptions): Promise<void> {
  await boss.work<IssuePublishJob>(QUEUES.issuePublish, async ([job]) => runIssuePublication(boss, job.data));
  await boss.work(QUEUES.issuePublishSweep, async () => runPublicationSweep(boss));
  await boss.work<CacheRefreshJob>(QUEUES.cacheRefresh, async () => runCacheRefresh());
  const { runPdfRenderJob } = await import('../print/pdf-export');
  const { isReaderPdfRenderJob, runReaderPdfRenderJob } = await import('../reader/reader-pdf');
  for (let i = 0; i < (options.pdfConcurrency ?? 0); i++) {
    // One queue for the newsroom's exports and the readers' PDFs: one limit on the renders a server runs.
    await boss.work(QUEUES.pdfRender, { pollingIntervalSeconds: 0.5 }, async ([job]) => (isReaderPdfRenderJob(job.data) ? runReaderPdfRenderJob(job.data) : runPdfRenderJob(job.data as never)));
  }
  // pg-boss's cron: every server keeps the schedule, one of them sends each minute's job.
  await boss.schedule(QUEUES.issuePublishSweep, '* * * * *');
}
