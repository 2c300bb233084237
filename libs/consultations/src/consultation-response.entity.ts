import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from '@app/governance';
import { AreaEntity, LocalAuthorityEntity, OrganisationEntity } from '@app/reference';
import { ConsultationEntity } from './consultation.entity';

/** Whether a response row is a person's own (answered for no party), as SQL over its columns. */
export const PERSONAL_RESPONSE_SQL = '"on_behalf_of_authority_id" IS NULL AND "on_behalf_of_area_id" IS NULL AND "on_behalf_of_organisation_id" IS NULL';

/**
 * A response to a consultation: either one party's — a local authority's, an ICS area's or a
 * partner organisation's, given by someone who acts for it; a later answer for the same party
 * replaces it — or a person's own. Postgres keeps one of each.
 */
@Entity('consultation_response')
@Index('uq_consultation_response_authority', ['consultationId', 'onBehalfOfAuthorityId'], {
  unique: true,
  where: '"on_behalf_of_authority_id" IS NOT NULL',
})
@Index('uq_consultation_response_area', ['consultationId', 'onBehalfOfAreaId'], {
  unique: true,
  where: '"on_behalf_of_area_id" IS NOT NULL',
})
@Index('uq_consultation_response_organisation', ['consultationId', 'onBehalfOfOrganisationId'], {
  unique: true,
  where: '"on_behalf_of_organisation_id" IS NOT NULL',
})
@Index('uq_consultation_response_personal', ['consultationId', 'respondentId'], {
  unique: true,
  where: PERSONAL_RESPONSE_SQL,
})
@Check('ck_consultation_response_one_party', 'num_nonnulls("on_behalf_of_authority_id", "on_behalf_of_area_id", "on_behalf_of_organisation_id") <= 1')
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

  @Column({ type: 'uuid', nullable: true })
  onBehalfOfAreaId: string | null;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'on_behalf_of_area_id', foreignKeyConstraintName: 'fk_consultation_response_area' })
  onBehalfOfArea?: AreaEntity | null;

  @Column({ type: 'uuid', nullable: true })
  onBehalfOfOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'on_behalf_of_organisation_id', foreignKeyConstraintName: 'fk_consultation_response_organisation' })
  onBehalfOfOrganisation?: OrganisationEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  firstSubmittedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  /** How many times an earlier answer was replaced. */
  @Column({ type: 'integer', default: 0 })
  replacements: number;
}
