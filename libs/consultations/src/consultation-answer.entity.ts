import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ConsultationQuestionEntity } from './consultation-question.entity';
import { ConsultationResponseEntity } from './consultation-response.entity';

/**
 * One answer in a response. `value` is shaped by the question's kind: YES_NO a boolean,
 * SINGLE_CHOICE an option, MULTIPLE_CHOICE an array of options, SCALE an integer, FREE_TEXT a string.
 */
@Entity('consultation_answer')
@Unique('uq_consultation_answer_question', ['responseId', 'questionId'])
export class ConsultationAnswerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consultation_answer' })
  id: string;

  @Column({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => ConsultationResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_consultation_answer_response' })
  response?: ConsultationResponseEntity;

  @Index('ix_consultation_answer_question')
  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => ConsultationQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_consultation_answer_question' })
  question?: ConsultationQuestionEntity;

  @Column({ type: 'jsonb' })
  value: AnswerValue;
}

export type AnswerValue = boolean | string | string[] | number;
