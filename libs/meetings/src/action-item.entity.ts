import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PersonEntity } from '@app/governance';
import { MeetingEntity } from './meeting.entity';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Something a named person agreed at a meeting to do by a date. */
@Entity('action_item')
@Index('ix_action_item_meeting', ['meetingId'])
@Index('ix_action_item_owner_status_due', ['ownerId', 'status', 'dueOn'])
@Index('ix_action_item_status_due', ['status', 'dueOn'])
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_action_item' })
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_action_item_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_action_item_owner' })
  owner?: PersonEntity;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'action_item_status', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
