import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A JSON object of field name → value, as recorded in an audit event. */
export type AuditValues = Record<string, unknown>;

/**
 * One change made through the product: who (null for the system), what operation, to which
 * record (by type and id, not a foreign key, so the event outlives the record), the changed fields
 * before and after, and the request it came from. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE on this table (see the migration's trigger).
 */
@Entity('audit_event')
@Index('ix_audit_event_at', ['at', 'id'])
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_event_actor', ['actorId', 'at'])
@Index('ix_audit_event_correlation', ['correlationId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_event' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /**
   * The person who acted. Deliberately not a foreign key: the trail outlives the rows it names,
   * and a cascading SET NULL would be an UPDATE, which this table refuses.
   */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 100 })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: AuditValues | null;

  @Column({ type: 'jsonb', nullable: true })
  after: AuditValues | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  correlationId: string | null;
}
