import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { LocalAuthorityEntity } from '@app/reference';
import { ConsultationEntity } from './consultation.entity';

/**
 * A response to a consultation: either one local authority's (given by one of its officers; a
 * later answer for the same LA replaces it) or a person's own. Postgres keeps one of each.
 */
@Entity('consultation_response')
@Index('uq_consultation_response_authority', ['consultationId', 'onBehalfOfAuthorityId'], {
  unique: true,
  where: '"on_behalf_of_authority_id" IS NOT NULL',
})
@Index('uq_consultation_response_personal', ['consultationId', 'respondentId'], {
  unique: true,
  where: '"on_behalf_of_authority_id" IS NULL',
})
export class ConsultationResponseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consultation_response' })
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'fk_consultation_response_consultation' })
  consultation?: ConsultationEntity;

  /** Who gave this response (for an LA response, whoever answered last). */
  @Index('ix_consultation_response_respondent')
  @Column({ type: 'uuid' })
  respondentId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'fk_consultation_response_respondent' })
  respondent?: PersonEntity;

  @Column({ type: 'uuid', nullable: true })
  onBehalfOfAuthorityId: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'on_behalf_of_authority_id', foreignKeyConstraintName: 'fk_consultation_response_authority' })
  onBehalfOfAuthority?: LocalAuthorityEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  firstSubmittedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  /** How many times an earlier answer was replaced. */
  @Column({ type: 'integer', default: 0 })
  replacements: number;
}
