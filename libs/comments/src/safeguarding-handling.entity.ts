import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { CommentReportEntity } from './comment-report.entity';

/** What a safeguarding lead did about a concern for someone's safety. */
export enum SafeguardingAction {
  /** Spoke to the young person, or to the person the concern is about. */
  CONTACTED_PERSON = 'CONTACTED_PERSON',
  /** Passed to the responsible local authority's children's or leaving-care service. */
  REFERRED_TO_LOCAL_AUTHORITY = 'REFERRED_TO_LOCAL_AUTHORITY',
  /** Passed to the police or emergency services. */
  REFERRED_TO_EMERGENCY_SERVICES = 'REFERRED_TO_EMERGENCY_SERVICES',
  /** Looked into it and found no risk to anyone's safety. */
  NO_SAFETY_RISK_FOUND = 'NO_SAFETY_RISK_FOUND',
  OTHER = 'OTHER',
}

/** What a safeguarding lead chose for the comment a concern was about, once handled. */
export enum SafeguardingCommentOutcome {
  /** Show it to everyone again (once no other concern about it is open). */
  RESTORE = 'RESTORE',
  /** Keep its text and author from everyone but its author and the safeguarding leads. */
  KEEP_HIDDEN = 'KEEP_HIDDEN',
}

export const SAFEGUARDING_NOTES_MAX_LENGTH = 4000;

/**
 * How a safety concern (a comment report with reason SAFETY_CONCERN) was handled: by whom, when,
 * what was done and notes. One per report; the report is resolved in the same transaction.
 */
@Entity('safeguarding_handling')
export class SafeguardingHandlingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_safeguarding_handling' })
  reportId: string;

  @OneToOne(() => CommentReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_safeguarding_handling_report' })
  report?: CommentReportEntity;

  @Column({ type: 'enum', enum: SafeguardingAction, enumName: 'safeguarding_action' })
  action: SafeguardingAction;

  @Column({ type: 'varchar', length: SAFEGUARDING_NOTES_MAX_LENGTH })
  notes: string;

  @Column({ type: 'uuid', nullable: true })
  handledById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'handled_by_id', foreignKeyConstraintName: 'fk_safeguarding_handling_handled_by' })
  handledBy?: PersonEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  handledAt: Date;

  /** Null for concerns handled before leads chose what became of the comment. */
  @Column({ type: 'enum', enum: SafeguardingCommentOutcome, enumName: 'safeguarding_comment_outcome', nullable: true })
  commentOutcome: SafeguardingCommentOutcome | null;
}
