import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SessionEntity } from './session.entity';

/**
 * A one-time link into the queue dashboard, asked for by a programme admin through the API and
 * opened in a browser. Stored only as its hash; it works once, for a minute, and only while the
 * session that asked for it is open. Opening it gives the browser a cookie for the dashboard.
 */
@Entity('queue_dashboard_ticket')
@Index('uq_queue_dashboard_ticket_hash', ['tokenHash'], { unique: true })
export class QueueDashboardTicketEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_queue_dashboard_ticket' })
  id: string;

  @Index('ix_queue_dashboard_ticket_session')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_queue_dashboard_ticket_session' })
  session?: SessionEntity;

  /** SHA-256 of the ticket, hex. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index('ix_queue_dashboard_ticket_expires')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the link was opened; it cannot be opened again. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
