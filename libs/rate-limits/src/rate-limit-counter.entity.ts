import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit counter (who did what how often in the current window), kept in the database
 * when the service runs without Redis, so every API process counts together and a restart
 * forgets nothing. Rows whose window and block have passed are deleted as the table is used.
 */
@Entity('rate_limit_counter')
@Index('ix_rate_limit_counter_window_ends_at', ['windowEndsAt'])
export class RateLimitCounterEntity {
  /** The limit's name and a hash of what it counts (an address, an email) and where. */
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'pk_rate_limit_counter' })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ type: 'timestamptz' })
  windowEndsAt: Date;

  /** Set once the limit is passed: until then every attempt is refused. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
