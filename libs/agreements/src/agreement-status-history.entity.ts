import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { AGREEMENT_NOTE_MAX, AgreementState, AgreementStatusEntity, EVIDENCE_URL_MAX, Reciprocity } from './agreement-status.entity';

/** Every change to an agreement, as it was made. Append-only; `version` is the row's version after the change. */
@Entity('agreement_status_history')
@Index('uq_agreement_status_history_version', ['agreementId', 'version'], { unique: true })
export class AgreementStatusHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement_status_history' })
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => AgreementStatusEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_agreement_status_history_agreement' })
  agreement?: AgreementStatusEntity;

  @Column({ type: 'enum', enum: AgreementState, enumName: 'agreement_state' })
  fromStatus: AgreementState;

  @Column({ type: 'enum', enum: AgreementState, enumName: 'agreement_state' })
  toStatus: AgreementState;

  @Column({ type: 'enum', enum: Reciprocity, enumName: 'agreement_reciprocity', nullable: true })
  reciprocity: Reciprocity | null;

  @Column({ type: 'date', nullable: true })
  effectiveDate: string | null;

  @Column({ type: 'varchar', length: AGREEMENT_NOTE_MAX, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: EVIDENCE_URL_MAX, nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by_id', foreignKeyConstraintName: 'fk_agreement_status_history_changed_by' })
  changedBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
