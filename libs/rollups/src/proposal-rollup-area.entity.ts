import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProposalEntity } from '@app/proposals';
import { AreaEntity } from '@app/reference';
import { RollupCounts } from './rollup-counts';

/** A proposal's parties by status within one ICS area or sub-region; rewritten with the proposal's rollup. */
@Entity('proposal_rollup_area')
export class ProposalRollupAreaEntity extends RollupCounts {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_rollup_area' })
  proposalId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_proposal_rollup_area' })
  areaId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_rollup_area_proposal' })
  proposal?: ProposalEntity;

  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_proposal_rollup_area_area' })
  area?: AreaEntity;
}
