import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JobsOptions } from 'bullmq';
import { Clock, Environment, NotificationJob, QueueFactory, QueueName, RollupJob, rollupRequestOptions, Tx } from '@app/core';
import { jobOptions, OUTBOX_JOB_DEFAULTS, OutboxJobOptions } from '@app/outbox';
import { AnyQueue, OpenQueues } from './open-queues';

/**
 * How far back the sweep looks for events whose job has gone: well inside the week a completed
 * job is kept (so a job that ran is still found), and long enough to span any outage of the queues.
 */
export const STRANDED_LOOKBACK_MS = 24 * 3600 * 1000;

/** At most this many items of each kind are put back by one sweep; the next sweep takes the rest. */
export const SWEEP_BATCH = 2000;

/** Work that has waited longer than the threshold. */
export interface StrandedReport {
  thresholdSeconds: number;
  /** Email notifications not sent yet. */
  notifications: { waiting: number; oldestWaitingSince: Date | null };
  /** Proposals whose progress rollup still does not match their agreement rows. */
  rollups: { outOfDate: number; oldestChangeAt: Date | null };
}

/** What one sweep put back in the queues. */
export interface SweepResult {
  notifications: number;
  events: number;
  rollups: number;
}


interface RelayedEvent {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  job_options: OutboxJobOptions | null;
  created_at: Date;
  /** The packed job that carried it, when it travelled with others (null: its own job, id = event id). */
  job_id: string | null;
}

/** Events handed to the queues whose run time falls inside the look-back window (or is still ahead), and that waited past the threshold. */
const RELAYED_EVENTS = `
  SELECT id, queue, job_name, payload, job_options, created_at, job_id FROM outbox_event
   WHERE sent_at IS NOT NULL AND sent_at < $1::timestamptz - make_interval(secs => $2::double precision)
     AND created_at + make_interval(secs => coalesce((job_options->>'delayMs')::double precision, 0) / 1000) > $1::timestamptz - make_interval(secs => $3::double precision)
     AND job_name <> '${NotificationJob.DELIVER_EMAIL}'
     AND NOT coalesce(job_options ? 'deduplicationId', false)
   ORDER BY sent_at, id LIMIT $4`;

/** Proposals whose rollup does not match agreement rows changed inside the look-back window, and not since the threshold. */
const OUT_OF_DATE_ROLLUPS = `
  WITH changed AS (
    SELECT DISTINCT proposal_id FROM agreement_status WHERE updated_at > $1::timestamptz - make_interval(secs => $3::double precision)
  ), src AS (
    SELECT a.proposal_id, count(*)::int AS n, coalesce(sum(a.version), 0)::bigint AS v, max(a.updated_at) AS t
      FROM agreement_status a JOIN changed USING (proposal_id) GROUP BY a.proposal_id
  )
  SELECT src.proposal_id AS "proposalId", src.t AS "changedAt"
    FROM src LEFT JOIN proposal_rollup r ON r.proposal_id = src.proposal_id
   WHERE src.t < $1::timestamptz - make_interval(secs => $2::double precision)
     AND (r.proposal_id IS NULL OR r.total <> src.n OR r.source_version_sum <> src.v OR r.source_changed_at IS DISTINCT FROM src.t)
   ORDER BY src.t`;

/**
 * Stranded work: what should have happened by now and has not, because the job that would do it
 * is gone (a Redis that restarted without its data loses every job it held) or never came.
 * Email notifications still pending, events handed to the queues whose job has vanished, and
 * progress rollups still out of date are put back in the queues under the job ids they had (or a
 * fixed one), so a job that still exists is not added twice and a repeated sweep adds nothing.
 */
@Injectable()
export class StrandedWorkService implements OnModuleDestroy {
  private readonly logger = new Logger(StrandedWorkService.name);
  private readonly queues: OpenQueues;
  readonly thresholdMs: number;
  private readonly rollupDebounceMs: number;

  constructor(
    private readonly txHost: Tx,
    factory: QueueFactory,
    config: ConfigService<Environment, true>,
    private readonly clock: Clock,
  ) {
    this.queues = new OpenQueues(factory, this.logger);
    this.thresholdMs = config.get('STRANDED_WORK_AFTER_MS', { infer: true });
    this.rollupDebounceMs = config.get('ROLLUP_DEBOUNCE_MS', { infer: true });
  }

  /** What has waited past the threshold, from the database alone (for /health/jobs). */
  async report(now: Date = this.clock.now()): Promise<StrandedReport> {
    const after = this.thresholdMs / 1000;
    const [notifications] = await this.txHost.tx.query<StrandedReport['notifications'][]>(
      `SELECT count(*)::int AS waiting, min(created_at) AS "oldestWaitingSince" FROM notification
        WHERE status = 'PENDING' AND created_at < $1::timestamptz - make_interval(secs => $2::double precision)`,
      [now.toISOString(), after],
    );
    const [rollups] = await this.txHost.tx.query<StrandedReport['rollups'][]>(`SELECT count(*)::int AS "outOfDate", min("changedAt") AS "oldestChangeAt" FROM (${OUT_OF_DATE_ROLLUPS}) o`, [
      now.toISOString(),
      after,
      STRANDED_LOOKBACK_MS / 1000,
    ]);
    return { thresholdSeconds: Math.round(after), notifications, rollups };
  }

  /** Puts stranded work whose job has gone back in the queues. Safe to run at any time, by any number of workers. */
  async sweep(now: Date = this.clock.now()): Promise<SweepResult> {
    const result = {
      notifications: await this.requeueNotifications(now),
      events: await this.requeueVanishedEvents(now),
      rollups: await this.requestOutOfDateRollups(now),
    };
    if (result.notifications + result.events + result.rollups > 0) {
      this.logger.warn(
        `Stranded work put back in the queues: ${result.notifications} email notification(s), ${result.events} event(s) whose job had gone, ${result.rollups} progress rollup(s). Did Redis restart without its data?`,
      );
    }
    return result;
  }

  /**
   * Email notifications pending past the threshold whose delivery event has been handed to the
   * queues and whose job is not there any more: added again under the event's id. A notification
   * whose event is still waiting in the outbox is left to the relay.
   */
  private async requeueNotifications(now: Date): Promise<number> {
    const pending = await this.txHost.tx.query<{ id: string }[]>(
      `SELECT id FROM notification
        WHERE status = 'PENDING' AND channel = 'EMAIL' AND created_at < $1::timestamptz - make_interval(secs => $2::double precision)
        ORDER BY created_at, id LIMIT $3`,
      [now.toISOString(), this.thresholdMs / 1000, SWEEP_BATCH],
    );
    if (pending.length === 0) return 0;
    const ids = pending.map((p) => p.id);
    // The newest event of each notification counts: an email a packed job could not send has one of its own.
    const events = await this.txHost.tx.query<{ id: string; notificationId: string; relayed: boolean; job_options: OutboxJobOptions | null; job_id: string | null }[]>(
      `SELECT id, payload->>'notificationId' AS "notificationId", sent_at IS NOT NULL AS relayed, job_options, job_id FROM outbox_event
        WHERE job_name = $1 AND payload->>'notificationId' = ANY($2::text[]) ORDER BY created_at, id`,
      [NotificationJob.DELIVER_EMAIL, ids],
    );
    const byNotification = new Map(events.map((e) => [e.notificationId, e]));
    const jobs = ids
      .filter((id) => byNotification.get(id)?.relayed !== false)
      .map((notificationId) => {
        const event = byNotification.get(notificationId);
        // Without its event (cleared away), a fixed id per notification keeps the sweep idempotent.
        const opts: JobsOptions = event ? { ...jobOptions(event), delay: undefined } : { ...OUTBOX_JOB_DEFAULTS, jobId: `stranded-notification-${notificationId}` };
        return { name: NotificationJob.DELIVER_EMAIL, data: { notificationId }, opts, carriedBy: event?.job_id };
      });
    return this.addMissing(QueueName.NOTIFICATIONS, jobs);
  }

  /** Events handed to the queues whose job is not there any more (neither waiting, running, done nor failed): added again. */
  private async requeueVanishedEvents(now: Date): Promise<number> {
    const events = await this.txHost.tx.query<RelayedEvent[]>(RELAYED_EVENTS, [now.toISOString(), this.thresholdMs / 1000, STRANDED_LOOKBACK_MS / 1000, SWEEP_BATCH]);
    let requeued = 0;
    for (const [queueName, batch] of groupBy(events, (e) => e.queue)) {
      requeued += await this.addMissing(
        queueName,
        batch.map((e) => {
          // A delayed event keeps its time: it runs when it would have.
          const runAt = e.created_at.getTime() + (e.job_options?.delayMs ?? 0);
          // A packed event whose job has gone comes back as a job of its own: its handler treats it as it would alone.
          return {
            name: e.job_name,
            data: e.payload,
            opts: { ...jobOptions(e), delay: runAt > now.getTime() ? runAt - now.getTime() : undefined },
            carriedBy: e.job_id,
          };
        }),
      );
    }
    return requeued;
  }

  /** Proposals whose rollup is still out of date and no recomputation waits for: one is asked for. */
  private async requestOutOfDateRollups(now: Date): Promise<number> {
    const rows = await this.txHost.tx.query<{
      proposalId: string;
    }[]>(`${OUT_OF_DATE_ROLLUPS} LIMIT $4`, [now.toISOString(), this.thresholdMs / 1000, STRANDED_LOOKBACK_MS / 1000, SWEEP_BATCH]);
    if (rows.length === 0) return 0;
    const queue = this.queue(QueueName.ROLLUPS);
    const requests = rows.map((r) => ({ name: RollupJob.RECOMPUTE_PROPOSAL, data: { proposalId: r.proposalId }, opts: rollupRequestOptions(r.proposalId, this.rollupDebounceMs) }));
    const waiting = await Promise.all(requests.map((r) => queue.getDeduplicationJobId(r.opts.deduplication.id)));
    const missing = requests.filter((_, i) => !waiting[i]);
    if (missing.length > 0) await queue.addBulk(missing);
    return missing.length;
  }

  /** Adds the jobs whose id the queue does not hold (in any state); returns how many were added. */
  /**
   * Adds the jobs the queue no longer holds, under their own ids. A job is still held when the
   * queue has a job of its id, or of the packed job that carried it (`carriedBy`).
   */
  private async addMissing(queueName: string, jobs: { name: string; data: unknown; opts: JobsOptions; carriedBy?: string | null }[]): Promise<number> {
    const queue = this.queue(queueName);
    const missing: { name: string; data: unknown; opts: JobsOptions }[] = [];
    for (let i = 0; i < jobs.length; i += 200) {
      const slice = jobs.slice(i, i + 200);
      const found = await Promise.all(
        slice.map(async (j) => (await queue.getJob(j.opts.jobId as string)) ?? (j.carriedBy ? await queue.getJob(j.carriedBy) : undefined)),
      );
      slice.forEach(({ name, data, opts }, k) => {
        if (!found[k]) missing.push({ name, data, opts });
      });
    }
    if (missing.length > 0) await queue.addBulk(missing);
    return missing.length;
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.closeAll();
  }

  private queue(name: string): AnyQueue {
    return this.queues.get(name);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
