import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Environment, JobName, QueueFactory, QueueName, queueOf, ReminderJob, RollupJob, SystemJob } from '@app/core';

/** One recurring job: its scheduler id (stable: stored in the queue), the job, and when it runs. */
export type JobSchedule = {
  id: string;
  /** The queue of `job` (the contract fixes it). */
  queue: QueueName;
  job: JobName;
} & (
  | {
      /** Cron pattern (from configuration), read in TIME_ZONE. */
      pattern: string;
      every?: undefined;
    }
  | {
      /** Runs every this many milliseconds (from configuration). */
      every: number;
      pattern?: undefined;
    }
);

/** The settings the schedules are made from. */
export type ScheduleSettings = Pick<Environment, 'REMINDERS_CRON' | 'NIGHTLY_ROLLUP_CRON' | 'WEEKLY_DIGEST_CRON' | 'STRANDED_SWEEP_EVERY_MS'>;

/** Every recurring job, with when it runs beside it. Scheduler ids are stored: add new ones, never rename. */
export function jobSchedules(env: ScheduleSettings): JobSchedule[] {
  const schedules: Omit<JobSchedule, 'queue'>[] = [
    { id: 'nightly-rollups', job: RollupJob.NIGHTLY_RECOMPUTE, pattern: env.NIGHTLY_ROLLUP_CRON },
    { id: 'consultation-closing-reminders', job: ReminderJob.CONSULTATION_CLOSING, pattern: env.REMINDERS_CRON },
    { id: 'stale-agreement-reminders', job: ReminderJob.AGREEMENT_STALE, pattern: env.REMINDERS_CRON },
    { id: 'stalled-consultation-reminders', job: ReminderJob.CONSULTATION_STALLED, pattern: env.REMINDERS_CRON },
    { id: 'meeting-reminders', job: ReminderJob.MEETING_UPCOMING, pattern: env.REMINDERS_CRON },
    { id: 'action-item-reminders', job: ReminderJob.ACTION_ITEMS_DUE, pattern: env.REMINDERS_CRON },
    { id: 'weekly-digest', job: ReminderJob.WEEKLY_DIGEST, pattern: env.WEEKLY_DIGEST_CRON },
    { id: 'stranded-work-sweep', job: SystemJob.SWEEP_STRANDED_WORK, every: env.STRANDED_SWEEP_EVERY_MS },
  ];
  return schedules.map((s) => ({ ...s, queue: queueOf(s.job) }) as JobSchedule);
}

/**
 * Registers the job schedulers when the worker starts. `upsertJobScheduler` with a fixed id is
 * idempotent: every worker (and every restart) writes the same scheduler, so several workers
 * never duplicate a schedule, and a changed pattern replaces the old one.
 *
 * Every SCHEDULE_CHECK_MS it also looks for schedules that have gone (a Redis that restarted
 * without its data) and registers them again, so recurring work resumes without a worker restart.
 */
@Injectable()
export class JobSchedulesRegistrar implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobSchedulesRegistrar.name);
  private readonly opened: { close(): Promise<void> }[] = [];
  private readonly open = queueOpener(this.queues, (q) => this.opened.push(q));
  private schedules: JobSchedule[] = [];
  private tz = '';
  private timer?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.tz = this.config.get('TIME_ZONE', { infer: true });
    this.schedules = jobSchedules({
      REMINDERS_CRON: this.config.get('REMINDERS_CRON', { infer: true }),
      NIGHTLY_ROLLUP_CRON: this.config.get('NIGHTLY_ROLLUP_CRON', { infer: true }),
      WEEKLY_DIGEST_CRON: this.config.get('WEEKLY_DIGEST_CRON', { infer: true }),
      STRANDED_SWEEP_EVERY_MS: this.config.get('STRANDED_SWEEP_EVERY_MS', { infer: true }),
    });
    await registerSchedules(this.open, this.schedules, this.tz);
    this.logger.log(`Job schedules registered (${this.tz}): ${this.schedules.map((s) => `${s.id} ${s.pattern ? `"${s.pattern}"` : `every ${s.every} ms`}`).join(', ')}`);
    this.timer = setInterval(() => void this.restoreMissing(), this.config.get('SCHEDULE_CHECK_MS', { infer: true }));
    this.timer.unref();
  }

  /** Registers again every schedule that is no longer stored; returns their ids. */
  async restoreMissing(): Promise<string[]> {
    if (this.checking) return [];
    this.checking = true;
    try {
      const missing = await missingSchedules(this.open, this.schedules);
      if (missing.length > 0) {
        await registerSchedules(this.open, missing, this.tz);
        this.logger.warn(`Job schedules missing from the queue store were registered again: ${missing.map((s) => s.id).join(', ')}. Did Redis restart without its data?`);
      }
      return missing.map((s) => s.id);
    } catch (error) {
      // The queue store is unreachable: the next check tries again.
      this.logger.warn(`Could not check the job schedules: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    } finally {
      this.checking = false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.opened.map((q) => q.close().catch(() => undefined)));
  }
}

type ScheduleQueue = ReturnType<QueueFactory['queue']>;
/** Gives the queue object for a queue name, the same one each time. */
export type QueueOpener = (name: QueueName) => ScheduleQueue;

/** One queue object per queue name, opened on first use and handed to `keep` (to close later). */
export function queueOpener(queues: QueueFactory, keep: (queue: { close(): Promise<void> }) => void): QueueOpener {
  const byQueue = new Map<QueueName, ScheduleQueue>();
  return (name) => {
    let queue = byQueue.get(name);
    if (!queue) {
      queue = queues.queue(name);
      byQueue.set(name, queue);
      keep(queue);
    }
    return queue;
  };
}

/** Upserts each schedule on its queue. */
export async function registerSchedules(open: QueueOpener, schedules: readonly JobSchedule[], tz: string): Promise<void> {
  for (const s of schedules) {
    await open(s.queue).upsertJobScheduler(
      s.id,
      s.pattern ? { pattern: s.pattern, tz } : { every: s.every },
      { name: s.job, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: 100, removeOnFail: 1000 } },
    );
  }
}

/** The schedules that are not stored on their queue. */
export async function missingSchedules(open: QueueOpener, schedules: readonly JobSchedule[]): Promise<JobSchedule[]> {
  const missing: JobSchedule[] = [];
  for (const s of schedules) if (!(await open(s.queue).getJobScheduler(s.id))) missing.push(s);
  return missing;
}
