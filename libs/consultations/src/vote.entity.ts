import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { ProposalEntity } from '@app/proposals';
import { ConsultationEntity } from './consultation.entity';

export enum VoteChoice {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
  ABSTAIN = 'ABSTAIN',
}

/**
 * A CiCC member's vote on a proposal, cast in a CiCC consultation and changeable until it closes.
 * One per member per proposal. Never exposed with the member: only tallies and the caller's own.
 * Erasing a member's data detaches their votes from them (memberId null) and keeps them counted.
 */
@Entity('vote')
@Unique('uq_vote_proposal_member', ['proposalId', 'memberId'])
@Index('ix_vote_consultation', ['consultationId', 'choice'])
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_vote' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_vote_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'fk_vote_consultation' })
  consultation?: ConsultationEntity;

  /** Null once the member's data was erased: the vote still counts, but belongs to nobody. */
  @Index('ix_vote_member')
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'fk_vote_member' })
  member?: PersonEntity | null;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' })
  choice: VoteChoice;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
