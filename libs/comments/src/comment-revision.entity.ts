import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CommentEntity } from './comment.entity';

/** An earlier body of a comment, kept when the author edits it. Append-only. */
@Entity('comment_revision')
@Unique('uq_comment_revision_number', ['commentId', 'revision'])
export class CommentRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_comment_revision' })
  id: string;

  @Column({ type: 'uuid' })
  commentId: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'fk_comment_revision_comment' })
  comment?: CommentEntity;

  /** 1 is the body as first posted, 2 the first edit, and so on. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  body: string;

  /** When this body was written (posted or edited). */
  @Column({ type: 'timestamptz' })
  writtenAt: Date;

  /** When an edit replaced it. */
  @CreateDateColumn({ type: 'timestamptz' })
  replacedAt: Date;
}
