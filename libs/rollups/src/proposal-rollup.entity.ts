import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ProposalEntity } from '@app/proposals';
import { RollupCounts } from './rollup-counts';

/**
 * A proposal's agreement progress, kept up to date from its agreement rows: parties by status.
 * The source fingerprint (rows, sum of row versions, last change, the date and the area
 * placement it was computed for) tells a reader whether the rollup still matches its source.
 */
@Entity('proposal_rollup')
export class ProposalRollupEntity extends RollupCounts {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_rollup' })
  proposalId: string;

  @OneToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_rollup_proposal' })
  proposal?: ProposalEntity;

  /** Sum of the agreement rows' versions when computed: any change to a row moves it. */
  @Column({ type: 'bigint', default: 0 })
  sourceVersionSum: string;

  @Column({ type: 'timestamptz', nullable: true })
  sourceChangedAt: Date | null;

  /** The date whose ICS area and sub-region membership placed the LAs. */
  @Column({ type: 'date' })
  asOf: string;

  /** Digest of area membership and partners' areas when computed. */
  @Column({ type: 'varchar', length: 32 })
  placementStamp: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;
}
