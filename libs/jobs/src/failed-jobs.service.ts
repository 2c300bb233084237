import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Actor, DeliverEmailPayload, keysetSlice, NotificationJob, Page, PageRequest, QueueFactory, QueueName, requirePerson, Tx } from '@app/core';
import { AccessService } from '@app/access';
import { AuditService } from '@app/audit';
import { queueEntityId } from '@app/identity';
import { NotificationsService } from '@app/notifications';
import { JobsConflictError, JobsErrorCode, JobsNotFoundError } from './jobs.errors';
import { AnyQueue, OpenQueues } from './open-queues';
import { withTimeout } from './with-timeout';

/** A job that used up its attempts (or failed for good), as kept in its queue. */
export interface FailedJobView {
  queue: QueueName;
  id: string;
  name: string;
  /** The error of its last attempt. */
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
  createdAt: Date | null;
  /** The job's data (ids and scalars). */
  data: unknown;
}

/** One queue's failed jobs, for monitoring. */
export interface QueueFailures {
  queue: QueueName;
  failed: number;
  /** The longest-kept failure, or null when there is none. */
  oldest: { failedAt: Date | null; reason: string | null } | null;
}

/** At most this many jobs are retried by one call. */
export const MAX_RETRY = 100;

/** How long a read of the queues may take before it counts as "the queues cannot be reached". */
export const QUEUE_READ_TIMEOUT_MS = 3000;

type AnyJob = NonNullable<Awaited<ReturnType<AnyQueue['getJob']>>>;

/**
 * Failed jobs: a job that has used up its attempts is work that did not happen (a notification
 * never sent, an audience never asked), so it is counted for monitoring, listed for programme
 * admins, and can be retried by them (recorded in the audit trail before it is done).
 */
@Injectable()
export class FailedJobsService implements OnModuleDestroy {
  private readonly logger = new Logger(FailedJobsService.name);
  private readonly queues: OpenQueues;

  constructor(
    factory: QueueFactory,
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
  ) {
    this.queues = new OpenQueues(factory, this.logger);
  }

  /** Every queue's failed jobs: how many, and the oldest one's time and reason. Rejects when the queues do not answer in time. */
  async summary(timeoutMs = QUEUE_READ_TIMEOUT_MS): Promise<QueueFailures[]> {
    const read = Promise.all(
      Object.values(QueueName).map(async (queue): Promise<QueueFailures> => {
        const q = this.queue(queue);
        const [counts, [oldest]] = await Promise.all([q.getJobCounts('failed'), q.getJobs(['failed'], 0, 0, true)]);
        return {
          queue,
          failed: counts.failed ?? 0,
          oldest: oldest ? { failedAt: oldest.finishedOn ? new Date(oldest.finishedOn) : null, reason: oldest.failedReason ?? null } : null,
        };
      }),
    );
    return withTimeout(read, timeoutMs, `the queues did not answer within ${timeoutMs} ms`);
  }

  /** One queue's failed jobs, most recent failure first. */
  async list(queue: QueueName, page: PageRequest): Promise<Page<FailedJobView>> {
    const q = this.queue(queue);
    // A queue keeps a bounded number of failed jobs (removeOnFail), so they are ordered here; the
    // cursor holds the failure time and job id, as for every other list.
    const jobs = ((await q.getJobs(['failed'], 0, -1, false)) as (AnyJob | undefined)[]).filter((j): j is AnyJob => !!j).map((j) => view(queue, j));
    return keysetSlice(
      jobs,
      [
        { direction: 'DESC', compare: (a, b) => Number(a) - Number(b) },
        { direction: 'ASC', compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0) },
      ],
      (job) => [String(job.failedAt?.getTime() ?? 0), job.id],
      page,
    );
  }

  /**
   * Puts failed jobs back in their queue with their attempts renewed. Each is recorded in the
   * audit trail first; a notification whose email had failed is made pending again, so the
   * retried job sends it. Refused, with nothing retried, when a job is unknown or not failed.
   */
  async retry(actor: Actor, queue: QueueName, jobIds: readonly string[]): Promise<string[]> {
    requirePerson(actor);
    await this.access.assertProgrammeAdmin(actor, 'retry failed jobs');
    const ids = [...new Set(jobIds)];
    const q = this.queue(queue);
    const jobs = await Promise.all(ids.map((id) => q.getJob(id)));
    const missing = ids.filter((_, i) => !jobs[i]);
    if (missing.length > 0) {
      throw new JobsNotFoundError(JobsErrorCode.JOB_NOT_FOUND, `The queue "${queue}" has no job ${missing.join(', ')}; it may have been removed. Reload the failed jobs.`, 'jobIds', {
        jobIds: missing,
      });
    }
    const found = jobs as AnyJob[];
    const states = await Promise.all(found.map((j) => j.getState()));
    const notFailed = found.filter((_, i) => states[i] !== 'failed').map((j) => j.id as string);
    if (notFailed.length > 0) {
      throw new JobsConflictError(JobsErrorCode.JOB_NOT_FAILED, `Job ${notFailed.join(', ')} is no longer failed (it may have been retried already). Reload the failed jobs.`, 'jobIds', {
        jobIds: notFailed,
      });
    }
    await this.txHost.withTransaction(async () => {
      await this.audit.recordMany(
        actor,
        found.map((j) => ({
          action: 'retryFailedJobs',
          entityType: 'queue',
          entityId: queueEntityId(queue),
          after: { queue, jobId: j.id, job: j.name, failedReason: j.failedReason, attemptsMade: j.attemptsMade },
          always: true,
        })),
      );
      const emails = found.filter((j) => j.name === NotificationJob.DELIVER_EMAIL).map((j) => (j.data as DeliverEmailPayload).notificationId);
      await this.notifications.reopenFailed(emails);
    });
    const refused: string[] = [];
    for (const job of found) {
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      } catch (error) {
        this.logger.warn(`Job ${job.id} on ${queue} could not be retried: ${error instanceof Error ? error.message : String(error)}`);
        refused.push(job.id as string);
      }
    }
    if (refused.length > 0) {
      throw new JobsConflictError(JobsErrorCode.JOB_NOT_FAILED, `Job ${refused.join(', ')} changed while being retried; reload the failed jobs.`, 'jobIds', { jobIds: refused });
    }
    return found.map((j) => j.id as string);
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.closeAll();
  }

  private queue(name: QueueName): AnyQueue {
    return this.queues.get(name);
  }
}

function view(queue: QueueName, job: AnyJob): FailedJobView {
  return {
    queue,
    id: job.id as string,
    name: job.name,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    createdAt: job.timestamp ? new Date(job.timestamp) : null,
    data: job.data,
  };
}
