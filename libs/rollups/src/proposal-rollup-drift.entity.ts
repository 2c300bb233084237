import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalEntity } from '@app/proposals';

/**
 * A difference the nightly full recomputation found between a stored rollup and its source rows,
 * and corrected. `stored` is null when the rollup was missing; figures are the overall and
 * per-area counts.
 */
@Entity('proposal_rollup_drift')
@Index('ix_proposal_rollup_drift_proposal', ['proposalId', 'detectedAt'])
export class ProposalRollupDriftEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal_rollup_drift' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_rollup_drift_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'jsonb', nullable: true })
  stored: Record<string, unknown> | null;

  @Column({ type: 'jsonb' })
  recomputed: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  detectedAt: Date;
}
