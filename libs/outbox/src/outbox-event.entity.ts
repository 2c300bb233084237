import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** BullMQ options an event may carry onto its job (everything else is the relay's standard). */
export interface OutboxJobOptions {
  /** Wait this long before the job may run. */
  delayMs?: number;
  /** Jobs with the same deduplication id collapse into one while the first is still waiting. */
  deduplicationId?: string;
  /** How long the deduplication id holds after the first job was added. */
  deduplicationTtlMs?: number;
  /** A job of its own, never packed with others (an email a packed job could not send tries again alone). */
  alone?: boolean;
}

/**
 * Work a committed change must cause, written in the change's own transaction. The relay moves
 * each event to BullMQ (job id = event id, so moving it twice is harmless) and stamps `sentAt`.
 * An unsent event waits here while the queue is unreachable.
 */
@Entity('outbox_event')
@Index('ix_outbox_event_unsent', ['createdAt'], { where: 'sent_at IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outbox_event' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  queue: string;

  @Column({ type: 'varchar', length: 60 })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  jobOptions: OutboxJobOptions | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /**
   * The job that carries the event when it is not a job of its own: an event packed with others
   * of its relay pass (PACKED_EVENTS) travels in one job, whose id is kept here. Null otherwise
   * (the job id is the event id).
   */
  @Column({ type: 'varchar', length: 100, nullable: true })
  jobId: string | null;

  /** Failed attempts to hand the event to the queue. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
