import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { PersonEntity } from '@app/governance';
import { ProposalEntity } from '@app/proposals';

export const COMMENT_MAX_LENGTH = 5000;

/**
 * A comment held from view because someone raised a concern for a person's safety about it: its
 * text and author are shown only to the author and to safeguarding leads.
 */
export enum CommentHold {
  /** From the moment a safety concern is raised until a safeguarding lead has handled every open one. */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** A safeguarding lead handled the concern and chose to keep the comment from view. */
  KEPT_HIDDEN = 'KEPT_HIDDEN',
}

/**
 * A comment on a proposal, or a reply to another comment on the same proposal (Postgres checks
 * the parent is on the same proposal). Deleting leaves a tombstone so that replies keep their
 * place; moderators can hide a comment, with a reason; a safety concern holds it (see CommentHold).
 */
@Entity('comment')
@Unique('uq_comment_id_proposal', ['id', 'proposalId'])
@Index('ix_comment_proposal_top', ['proposalId', 'createdAt'], { where: '"parent_id" IS NULL' })
@Index('ix_comment_parent', ['parentId', 'createdAt'])
@Check('ck_comment_body_length', `char_length("body") BETWEEN 1 AND ${COMMENT_MAX_LENGTH}`)
@Check('ck_comment_hidden', '("hidden_at" IS NULL) = ("hidden_reason" IS NULL)')
@Check('ck_comment_not_own_parent', '"parent_id" IS NULL OR "parent_id" <> "id"')
@Check('ck_comment_held', '("hold" IS NULL) = ("held_at" IS NULL)')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'fk_comment_proposal' })
  proposal?: ProposalEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'parent_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_comment_parent' },
    { name: 'proposal_id', referencedColumnName: 'proposalId' },
  ])
  parent?: CommentEntity | null;

  @Index('ix_comment_author')
  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_comment_author' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** Set when the author deleted the comment; the body is then never shown again. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id', foreignKeyConstraintName: 'fk_comment_hidden_by' })
  hiddenBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Set while the comment is held for safeguarding (see CommentHold); independent of the moderators' hiding. */
  @Column({ type: 'enum', enum: CommentHold, enumName: 'comment_hold', nullable: true })
  hold: CommentHold | null;

  /** When the current hold began. */
  @Column({ type: 'timestamptz', nullable: true })
  heldAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;
}
