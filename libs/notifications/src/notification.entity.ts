import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { NotificationChannel, NotificationStatus } from './notification-kind';

/**
 * One message to one person about one event. The dedupe key (e.g. `consultation-closing:<id>:<person>:1d`)
 * is unique, so the same event never notifies the same person twice, however often a job runs.
 */
@Entity('notification')
@Unique('uq_notification_dedupe_key', ['dedupeKey'])
@Index('ix_notification_recipient', ['recipientId', 'createdAt'])
@Index('ix_notification_unread', ['recipientId'], { where: 'read_at IS NULL' })
@Index('ix_notification_awaiting_digest', ['recipientId'], { where: `status = 'AWAITING_DIGEST'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_notification_recipient' })
  recipient?: PersonEntity;

  /** A NotificationKind value. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** Where to act: a path in the app (e.g. `/proposals/<id>`) or an absolute URL. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel: NotificationChannel;

  @Column({ type: 'enum', enum: NotificationStatus, enumName: 'notification_status' })
  status: NotificationStatus;

  @Column({ type: 'varchar', length: 300 })
  dedupeKey: string;

  /** Email attempts made. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
