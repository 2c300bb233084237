import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, queueOf, Tx } from '@app/core';
import { OutboxJobOptions } from './outbox-event.entity';

/** One event to emit: a job from the contract (libs/core queue.contract.ts), which fixes its queue, with its payload. */
export interface OutboxEmit<N extends JobName> {
  job: N;
  payload: JobPayloads[N];
  options?: OutboxJobOptions;
}

/** Events still waiting to be handed to the queues. */
export interface OutboxBacklog {
  waiting: number;
  /** When the oldest waiting event was written; null when none waits. */
  oldestWaitingSince: Date | null;
  /** Failed hand-overs among the waiting events (the queue refused or could not be reached). */
  failedAttempts: number;
}

/** An event that has waited this long means the relay has stopped or the queues are out of reach. */
export const OUTBOX_STALE_AFTER_MS = 5 * 60 * 1000;

/**
 * The transactional outbox. Domain services call `emit` inside the transaction that makes the
 * change (the transaction host's current one): the event commits or rolls back with it, and the worker's relay hands it
 * to BullMQ afterwards (so the API accepts changes while the queue is down).
 */
@Injectable()
export class OutboxService {
  constructor(private readonly txHost: Tx) {}

  /** What is waiting, from the unsent events' own index. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.txHost.tx.query<OutboxBacklog[]>(
      `SELECT count(*)::int AS waiting, min(created_at) AS "oldestWaitingSince", coalesce(sum(attempts), 0)::int AS "failedAttempts"
         FROM outbox_event WHERE sent_at IS NULL`,
    );
    return row;
  }

  /** Writes one event in the caller's transaction and returns its id (which becomes the job id). */
  async emit<N extends JobName>(event: OutboxEmit<N>): Promise<string> {
    const [row] = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO outbox_event (queue, job_name, payload, job_options) VALUES ($1, $2, $3::jsonb, $4::jsonb) RETURNING id`,
      [queueOf(event.job), event.job, JSON.stringify(event.payload), event.options ? JSON.stringify(event.options) : null],
    );
    return row.id;
  }

  /** Writes many events with one statement, in the caller's transaction. Returns their ids in order. */
  async emitMany<N extends JobName>(events: readonly OutboxEmit<N>[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = await this.txHost.tx.query<{ id: string }[]>(
      `INSERT INTO outbox_event (queue, job_name, payload, job_options)
       SELECT e.queue, e.job_name, e.payload, e.job_options
         FROM unnest($1::varchar[], $2::varchar[], $3::jsonb[], $4::jsonb[]) WITH ORDINALITY AS e(queue, job_name, payload, job_options, n)
        ORDER BY e.n
       RETURNING id`,
      [
        events.map((e) => queueOf(e.job)),
        events.map((e) => e.job),
        events.map((e) => JSON.stringify(e.payload)),
        events.map((e) => (e.options ? JSON.stringify(e.options) : null)),
      ],
    );
    return rows.map((r) => r.id);
  }
}
