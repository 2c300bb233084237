import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProposalEntity } from '@app/proposals';
import { MeetingEntity } from './meeting.entity';

/** The longest link to an agenda item's papers. */
export const PAPERS_URL_MAX = 2000;

/** One item on a meeting's agenda, in order; may be about a proposal. */
@Entity('agenda_item')
@Unique('uq_agenda_item_position', ['meetingId', 'position'])
@Check('ck_agenda_item_position', '"position" >= 1')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agenda_item' })
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_agenda_item_meeting' })
  meeting?: MeetingEntity;

  /** 1-based order on the agenda. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('ix_agenda_item_proposal', { where: '"proposal_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  /** Where the item's papers are (an http or https link), if anyone has put them up. */
  @Column({ type: 'varchar', length: PAPERS_URL_MAX, nullable: true })
  papersUrl: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_agenda_item_proposal' })
  proposal?: ProposalEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
