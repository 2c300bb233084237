import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { ProposalEntity, ProposalStatus } from './proposal.entity';

/** Every status change of a proposal: who, when, from what to what, and why. Append-only. */
@Entity('proposal_transition')
@Index('ix_proposal_transition_proposal', ['proposalId', 'at'])
export class ProposalTransitionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_proposal_transition' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_proposal_transition_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', nullable: true })
  fromStatus: ProposalStatus | null;

  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status' })
  toStatus: ProposalStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_proposal_transition_actor' })
  actor?: PersonEntity | null;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
