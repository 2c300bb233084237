import { createHash } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JobsOptions } from 'bullmq';
import { Environment, isJobName, NotificationJob, PACKED_EVENTS, PackedEvent, QueueFactory, Tx } from '@app/core';
import { OutboxJobOptions } from './outbox-event.entity';

/** Retries with exponential backoff (1s, 2s, 4s … about 4 minutes in all); failed jobs are kept. */
export const OUTBOX_JOB_DEFAULTS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // Completed jobs stay a week so a replayed event (same job id) is recognised and not run again.
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: false,
};

type Closable = { close(): Promise<void> };
type AddableQueue = Closable & { addBulk(jobs: { name: string; data: unknown; opts?: JobsOptions }[]): Promise<unknown> };

interface UnsentRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  job_options: OutboxJobOptions | null;
  created_at: Date;
}

/** A job the relay adds; `packed` names the events a packed job carries. */
type RelayedJob = { name: string; data: unknown; opts: JobsOptions; packed?: string[] };

/** The default number of events the relay moves in one pass (OUTBOX_BATCH_SIZE). */
export const OUTBOX_BATCH_SIZE = 500;

/** What stopped a batch: the outbox's own database, or the queue the events go to. */
export enum RelayFailure {
  DATABASE = 'database',
  QUEUE = 'queue',
}

export interface RelayResult {
  sent: number;
  /** The error that stopped the batch, if any. */
  error?: string;
  /** Which side failed, when one did. */
  failed?: RelayFailure;
}

/** The queue refused or did not answer (as opposed to the database). */
class QueueUnavailable extends Error {}

/**
 * Moves committed outbox events to BullMQ. Each batch locks its rows (`FOR UPDATE SKIP LOCKED`,
 * so several relays share the work), adds one job per event with job id = event id, and marks the
 * rows sent in the same transaction. If the queue cannot be reached, nothing is marked and the
 * events wait for the next batch; a job added just before such a failure is added again later
 * under the same id, which BullMQ ignores.
 *
 * Events of a kind listed in PACKED_EVENTS go many to a job: all of the batch's events of that
 * kind in one job, whose id is made from their ids (the same batch again makes the same id; a
 * different one makes another job, whose handler finds the events it already handled by their
 * dedupe keys).
 */
@Injectable()
export class OutboxRelay implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, AddableQueue>();

  /** How soon a queue connection tries again after losing Redis (set by the relay's runner to about its poll interval). */
  reconnectMaxMs?: number;

  constructor(
    private readonly txHost: Tx,
    private readonly queueFactory: QueueFactory,
    config: ConfigService<Environment, true>,
  ) {
    this.packSizes = new Map([[NotificationJob.DELIVER_EMAIL, config.get('MAIL_PACK_SIZE', { infer: true })]]);
  }

  /** The most events of a kind one packed job carries (kinds not listed: every event of the pass). */
  private readonly packSizes: ReadonlyMap<string, number>;

  /** Relays up to `limit` events; waits at most `timeoutMs` for the queue before giving up on the batch. */
  async relayBatch(limit = OUTBOX_BATCH_SIZE, timeoutMs = 5000): Promise<RelayResult> {
    let ids: string[] = [];
    try {
      const sent = await this.txHost.withTransaction(async () => {
        const m = this.txHost.tx;
        const rows = await m.query<UnsentRow[]>(
          `SELECT id, queue, job_name, payload, job_options, created_at FROM outbox_event
            WHERE sent_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        ids = rows.map((r) => r.id);
        if (rows.length === 0) return 0;
        const byQueue = new Map<string, UnsentRow[]>();
        for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
        const packedIn: { eventId: string; jobId: string }[] = [];
        for (const [queueName, events] of byQueue) {
          const jobs = relayedJobs(queueName, events, this.packSizes);
          for (const job of jobs) packedIn.push(...(job.packed ?? []).map((eventId) => ({ eventId, jobId: job.opts.jobId as string })));
          try {
            await withTimeout(
              this.queue(queueName).addBulk(jobs.map(({ name, data, opts }) => ({ name, data, opts }))),
              timeoutMs,
              `the queue "${queueName}" did not answer within ${timeoutMs} ms`,
            );
          } catch (error) {
            throw new QueueUnavailable(error instanceof Error ? error.message : String(error));
          }
        }
        await m.query(`UPDATE outbox_event SET sent_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
        // Packed events remember their job, so the stranded-work sweep looks for that one.
        if (packedIn.length > 0) {
          await m.query(
            `UPDATE outbox_event e SET job_id = p.job_id FROM unnest($1::uuid[], $2::text[]) AS p(id, job_id) WHERE e.id = p.id`,
            [packedIn.map((p) => p.eventId), packedIn.map((p) => p.jobId)],
          );
        }
        return rows.length;
      });
      return { sent };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = error instanceof QueueUnavailable ? RelayFailure.QUEUE : RelayFailure.DATABASE;
      if (ids.length > 0 && failed === RelayFailure.QUEUE) {
        await this.txHost.tx
          .query(`UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`, [ids, message.slice(0, 1000)])
          .catch(() => undefined);
      }
      return { sent: 0, error: message, failed };
    }
  }

  /** Relays until nothing is waiting (or the queue fails). Returns how many events went out. */
  async drain(limit = OUTBOX_BATCH_SIZE): Promise<RelayResult> {
    let total = 0;
    for (;;) {
      const result = await this.relayBatch(limit);
      total += result.sent;
      if (result.error) return { ...result, sent: total };
      if (result.sent < limit) return { sent: total };
    }
  }

  /** Events not yet handed to the queue. */
  async unsentCount(): Promise<number> {
    const [row] = await this.txHost.tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`);
    return row.n;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }

  private queue(name: string): AddableQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.queueFactory.queue(name, { reconnectMaxMs: this.reconnectMaxMs });
      (queue as unknown as { on(event: string, fn: (e: Error) => void): void }).on('error', (e: Error) => this.logger.warn(`Queue ${name}: ${e.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

/** The jobs for one queue's events of a batch: packed kinds many to a job, every other event a job of its own. */
function relayedJobs(queueName: string, events: UnsentRow[], packSizes: ReadonlyMap<string, number>): RelayedJob[] {
  const jobs: RelayedJob[] = [];
  const packs = new Map<string, UnsentRow[]>();
  for (const event of events) {
    const packing = isJobName(event.job_name) ? PACKED_EVENTS[event.job_name] : undefined;
    if (packing && packing.queue === queueName && !event.job_options) packs.set(packing.packedAs, [...(packs.get(packing.packedAs) ?? []), event]);
    else jobs.push({ name: event.job_name, data: event.payload, opts: jobOptions(event) });
  }
  for (const [name, all] of packs) {
    const most = packSizes.get(all[0].job_name) ?? all.length;
    for (let start = 0; start < all.length; start += most) {
      const packed = all.slice(start, start + most);
      const ids = packed.map((e) => e.id);
      const events: PackedEvent<Record<string, unknown>>[] = packed.map((e) => ({ eventId: e.id, at: new Date(e.created_at).toISOString(), payload: e.payload }));
      jobs.push({ name, data: { events }, opts: { ...OUTBOX_JOB_DEFAULTS, jobId: `packed-${createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 40)}` }, packed: ids });
    }
  }
  return jobs;
}

/** The options an event's job is added with (job id = event id); the stranded-work sweep adds a lost job again with the same. */
export function jobOptions(event: Pick<UnsentRow, 'id' | 'job_options'>): JobsOptions {
  const options: JobsOptions = { ...OUTBOX_JOB_DEFAULTS, jobId: event.id };
  const extra = event.job_options;
  if (extra?.delayMs) options.delay = extra.delayMs;
  if (extra?.deduplicationId) {
    options.deduplication = { id: extra.deduplicationId, ...(extra.deduplicationTtlMs ? { ttl: extra.deduplicationTtlMs } : {}) };
  }
  return options;
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
