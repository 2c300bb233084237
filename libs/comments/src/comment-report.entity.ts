import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { CommentEntity } from './comment.entity';

export enum CommentReportReason {
  SPAM = 'SPAM',
  ABUSIVE = 'ABUSIVE',
  PERSONAL_INFORMATION = 'PERSONAL_INFORMATION',
  OFF_TOPIC = 'OFF_TOPIC',
  SAFETY_CONCERN = 'SAFETY_CONCERN',
  OTHER = 'OTHER',
}

export const REPORT_DETAILS_MAX_LENGTH = 1000;

/** Someone telling the moderators that a comment needs their attention. One open report per reporter per comment. */
@Entity('comment_report')
@Index('uq_comment_report_open', ['commentId', 'reporterId'], { unique: true, where: '"resolved_at" IS NULL' })
export class CommentReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment_report' })
  id: string;

  @Index('ix_comment_report_comment')
  @Column({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_comment_report_comment' })
  comment?: CommentEntity;

  @Column({ type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'fk_comment_report_reporter' })
  reporter?: PersonEntity;

  @Column({ type: 'enum', enum: CommentReportReason, enumName: 'comment_report_reason' })
  reason: CommentReportReason;

  @Column({ type: 'varchar', length: REPORT_DETAILS_MAX_LENGTH, default: '' })
  details: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'fk_comment_report_resolved_by' })
  resolvedBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}
