import { JOBS_BY_QUEUE, QueueName } from '@app/core';

export type JobHandler = (data: unknown, jobId?: string) => Promise<unknown>;
export type JobHandlers = Record<string, JobHandler>;

export interface Processor {
  readonly queue: QueueName;
  readonly handlers: JobHandlers;
  /** Jobs of this queue one process runs at once, when not WORKER_CONCURRENCY. */
  readonly concurrency?: number;
}

/**
 * The worker refuses to start when a job name in the contract has no handler, or a handler
 * names a job the contract does not know — either would leave jobs stuck or lost.
 */
export function checkHandlers(processors: readonly Processor[]): void {
  const problems: string[] = [];
  for (const queue of Object.values(QueueName)) {
    const handled = new Set(processors.filter((p) => p.queue === queue).flatMap((p) => Object.keys(p.handlers)));
    for (const job of JOBS_BY_QUEUE[queue]) if (!handled.has(job)) problems.push(`queue "${queue}" has no handler for job "${job}"`);
    for (const job of handled) if (!JOBS_BY_QUEUE[queue].includes(job)) problems.push(`queue "${queue}" handles unknown job "${job}"`);
  }
  if (problems.length) throw new Error(`The worker cannot start: ${problems.join('; ')}.`);
}
