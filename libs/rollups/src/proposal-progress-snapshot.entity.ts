import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalEntity } from '@app/proposals';
import { RollupCounts } from './rollup-counts';

/** A proposal's progress as it stood on one day, written by the nightly pass; the trend is read from these. */
@Entity('proposal_progress_snapshot')
@Index('uq_proposal_progress_snapshot_day', ['proposalId', 'snapshotDate'], { unique: true })
export class ProposalProgressSnapshotEntity extends RollupCounts {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal_progress_snapshot' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_progress_snapshot_proposal' })
  proposal?: ProposalEntity;

  /** The day (in the programme's time zone, TIME_ZONE) the snapshot describes. */
  @Column({ type: 'date' })
  snapshotDate: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
