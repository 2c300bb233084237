import { JobName, JobPayloads, JOBS_BY_QUEUE, QueueJobs, QueueName } from '@app/core';

/** Handles one job of name `N`, given its payload as the contract types it (and its job id). */
export type JobHandler<N extends JobName> = (data: JobPayloads[N], jobId?: string) => Promise<unknown>;

/** A handler for every job of queue `Q`, each typed by its own payload: a missing one does not compile. */
export type JobHandlers<Q extends QueueName> = { readonly [N in QueueJobs[Q]]: JobHandler<N> };

export interface Processor<Q extends QueueName = QueueName> {
  readonly queue: Q;
  readonly handlers: JobHandlers<Q>;
  /** Jobs of this queue one process runs at once, when not WORKER_CONCURRENCY. */
  readonly concurrency?: number;
}

/** Any queue's processor, as the worker holds them side by side. */
export type AnyProcessor = { [Q in QueueName]: Processor<Q> }[QueueName];

/**
 * Runs the handler of a job read from a queue. A queue's jobs are untyped once stored: the name
 * picks the handler, and the handler's payload type is the contract's for that name (producers
 * are typed by the same contract: OutboxService, QueueFactory.add). Null when the name is unknown.
 */
export function handlerFor(processor: AnyProcessor, name: string): ((data: unknown, jobId?: string) => Promise<unknown>) | null {
  const handlers = processor.handlers as Readonly<Record<string, (data: never, jobId?: string) => Promise<unknown>>>;
  return Object.hasOwn(handlers, name) ? (handlers[name] as (data: unknown, jobId?: string) => Promise<unknown>) : null;
}

/**
 * The worker refuses to start when a job name in the contract has no handler, or a handler
 * names a job the contract does not know — either would leave jobs stuck or lost. (The types
 * already require both; this also catches processors put together at run time.)
 */
export function checkHandlers(processors: readonly { queue: QueueName; handlers: object }[]): void {
  const problems: string[] = [];
  for (const queue of Object.values(QueueName)) {
    const handled = new Set(processors.filter((p) => p.queue === queue).flatMap((p) => Object.keys(p.handlers)));
    const known: readonly string[] = JOBS_BY_QUEUE[queue];
    for (const job of known) if (!handled.has(job)) problems.push(`queue "${queue}" has no handler for job "${job}"`);
    for (const job of handled) if (!known.includes(job)) problems.push(`queue "${queue}" handles unknown job "${job}"`);
  }
  if (problems.length) throw new Error(`The worker cannot start: ${problems.join('; ')}.`);
}
