import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { CommentEntity } from './comment.entity';

export enum CommentModerationAction {
  HIDE = 'HIDE',
  UNHIDE = 'UNHIDE',
}

/** The longest reason a moderator gives for hiding or showing a comment again, or for closing a report. */
export const MODERATION_REASON_MAX = 2000;

/** Every hide and unhide, who did it and why. Append-only. */
@Entity('comment_moderation')
@Index('ix_comment_moderation_comment', ['commentId', 'at'])
export class CommentModerationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment_moderation' })
  id: string;

  @Column({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_comment_moderation_comment' })
  comment?: CommentEntity;

  @Column({ type: 'enum', enum: CommentModerationAction, enumName: 'comment_moderation_action' })
  action: CommentModerationAction;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_comment_moderation_actor' })
  actor?: PersonEntity | null;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
