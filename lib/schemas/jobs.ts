import { z } from 'zod';

/** The job queues staff may act on (lib/server/jobs/queue-names.ts). */
export const JOB_QUEUE_NAMES = ['issue-publish', 'issue-publish-sweep', 'cache-refresh', 'pdf-render'] as const;

export const retryJobSchema = z.object({ queue: z.enum(JOB_QUEUE_NAMES), id: z.uuid() });
export type RetryJobInput = z.infer<typeof retryJobSchema>;
