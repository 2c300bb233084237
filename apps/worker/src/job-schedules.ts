import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, QueueFactory, QueueName, ReminderJob, RollupJob } from '@app/core';

/** One recurring job: its scheduler id (stable: stored in the queue), the job, and the pattern it runs on. */
export interface JobSchedule {
  id: string;
  queue: QueueName;
  job: string;
  /** Cron pattern (from configuration), read in SCHEDULE_TIMEZONE. */
  pattern: string;
}

/** Every recurring job, with its pattern beside it. Scheduler ids are stored: add new ones, never rename. */
export function jobSchedules(env: Pick<Environment, 'REMINDERS_CRON' | 'NIGHTLY_ROLLUP_CRON' | 'WEEKLY_DIGEST_CRON'>): JobSchedule[] {
  return [
    { id: 'nightly-rollups', queue: QueueName.ROLLUPS, job: RollupJob.NIGHTLY_RECOMPUTE, pattern: env.NIGHTLY_ROLLUP_CRON },
    { id: 'consultation-closing-reminders', queue: QueueName.REMINDERS, job: ReminderJob.CONSULTATION_CLOSING, pattern: env.REMINDERS_CRON },
    { id: 'stale-agreement-reminders', queue: QueueName.REMINDERS, job: ReminderJob.AGREEMENT_STALE, pattern: env.REMINDERS_CRON },
    { id: 'stalled-consultation-reminders', queue: QueueName.REMINDERS, job: ReminderJob.CONSULTATION_STALLED, pattern: env.REMINDERS_CRON },
    { id: 'meeting-reminders', queue: QueueName.REMINDERS, job: ReminderJob.MEETING_UPCOMING, pattern: env.REMINDERS_CRON },
    { id: 'action-item-reminders', queue: QueueName.REMINDERS, job: ReminderJob.ACTION_ITEMS_DUE, pattern: env.REMINDERS_CRON },
    { id: 'weekly-digest', queue: QueueName.REMINDERS, job: ReminderJob.WEEKLY_DIGEST, pattern: env.WEEKLY_DIGEST_CRON },
  ];
}

/**
 * Registers the job schedulers when the worker starts. `upsertJobScheduler` with a fixed id is
 * idempotent: every worker (and every restart) writes the same scheduler, so several workers
 * never duplicate a schedule, and a changed pattern replaces the old one.
 */
@Injectable()
export class JobSchedulesRegistrar implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobSchedulesRegistrar.name);
  private readonly opened: { close(): Promise<void> }[] = [];

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tz = this.config.get('SCHEDULE_TIMEZONE', { infer: true });
    const schedules = jobSchedules({
      REMINDERS_CRON: this.config.get('REMINDERS_CRON', { infer: true }),
      NIGHTLY_ROLLUP_CRON: this.config.get('NIGHTLY_ROLLUP_CRON', { infer: true }),
      WEEKLY_DIGEST_CRON: this.config.get('WEEKLY_DIGEST_CRON', { infer: true }),
    });
    await registerSchedules(this.queues, schedules, tz, (q) => this.opened.push(q));
    this.logger.log(`Job schedules registered (${tz}): ${schedules.map((s) => `${s.id} "${s.pattern}"`).join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.opened.map((q) => q.close().catch(() => undefined)));
  }
}

/** Upserts each schedule on its queue; `keep` receives the queues opened (to close them later). */
export async function registerSchedules(
  queues: QueueFactory,
  schedules: readonly JobSchedule[],
  tz: string,
  keep: (queue: { close(): Promise<void> }) => void,
): Promise<void> {
  const byQueue = new Map<QueueName, ReturnType<QueueFactory['queue']>>();
  for (const s of schedules) {
    let queue = byQueue.get(s.queue);
    if (!queue) {
      queue = queues.queue(s.queue);
      byQueue.set(s.queue, queue);
      keep(queue);
    }
    await queue.upsertJobScheduler(
      s.id,
      { pattern: s.pattern, tz },
      { name: s.job, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: 100, removeOnFail: 1000 } },
    );
  }
}
