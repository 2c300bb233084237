import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ConsultationEntity } from './consultation.entity';

export enum QuestionKind {
  YES_NO = 'YES_NO',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SCALE = 'SCALE',
  FREE_TEXT = 'FREE_TEXT',
}

/** One question of a consultation, in order. Options are for choice questions only. */
@Entity('consultation_question')
@Unique('uq_consultation_question_position', ['consultationId', 'position'])
@Check(
  'ck_consultation_question_scale',
  `("kind" = 'SCALE') = ("scale_min" IS NOT NULL AND "scale_max" IS NOT NULL) AND ("scale_min" IS NULL OR "scale_min" < "scale_max")`,
)
@Check('ck_consultation_question_ask_if', `("ask_if_position" IS NULL) = ("ask_if_answer" IS NULL) AND ("ask_if_position" IS NULL OR "ask_if_position" < "position")`)
export class ConsultationQuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consultation_question' })
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'fk_consultation_question_consultation' })
  consultation?: ConsultationEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enum: QuestionKind, enumName: 'question_kind' })
  kind: QuestionKind;

  @Column({ type: 'varchar', length: 500 })
  prompt: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  options: string[];

  @Column({ type: 'smallint', nullable: true })
  scaleMin: number | null;

  @Column({ type: 'smallint', nullable: true })
  scaleMax: number | null;

  @Column({ type: 'boolean', default: true })
  required: boolean;

  /** Asked only when the earlier question at this position was answered `askIfAnswer`; null: always asked. */
  @Column({ type: 'smallint', nullable: true })
  askIfPosition: number | null;

  /** The answer that makes this question asked: "Yes" or "No" for a yes/no question, else an option. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  askIfAnswer: string | null;
}
