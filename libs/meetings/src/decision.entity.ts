import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { ProposalEntity } from '@app/proposals';
import { MeetingEntity } from './meeting.entity';

/** What a decision does to the proposal it concerns (NOTE only records). */
export enum DecisionKind {
  ENDORSE = 'ENDORSE',
  ADOPT = 'ADOPT',
  DECLINE = 'DECLINE',
  SEND_BACK = 'SEND_BACK',
  NOTE = 'NOTE',
}

/** A decision recorded at a meeting. Append-only: a decision is superseded by a later one, not edited. */
@Entity('decision')
@Index('ix_decision_meeting', ['meetingId', 'recordedAt'])
@Index('ix_decision_proposal', ['proposalId'], { where: '"proposal_id" IS NOT NULL' })
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_decision' })
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_decision_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_decision_proposal' })
  proposal?: ProposalEntity | null;

  @Column({ type: 'enum', enum: DecisionKind, enumName: 'decision_kind' })
  kind: DecisionKind;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_decision_recorded_by' })
  recordedBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
