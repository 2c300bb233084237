import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@app/governance';

export const EDITION_TITLE_MIN = 3;
export const EDITION_TITLE_MAX = 200;
export const EDITION_INTRODUCTION_MAX = 20000;

/**
 * A published edition of the Compact: every adopted offer as it stood when a programme admin
 * published it. Editions are never changed (Postgres refuses updates); later changes go into the
 * next edition.
 */
@Entity('compact_edition')
@Unique('uq_compact_edition_number', ['number'])
@Check('ck_compact_edition_number', '"number" >= 1')
@Index('ix_compact_edition_published_on', ['publishedOn'])
export class CompactEditionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_compact_edition' })
  id: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: EDITION_TITLE_MAX })
  title: string;

  /** The edition's date, as printed on it (YYYY-MM-DD). */
  @Column({ type: 'date' })
  publishedOn: string;

  @Column({ type: 'text', default: '' })
  introduction: string;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'fk_compact_edition_published_by' })
  publishedBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
